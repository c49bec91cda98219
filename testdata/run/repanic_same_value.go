package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("got", r)
		panic(r)
	}()
	var s []int
	i := 3
	fmt.Println(s[i])
}
