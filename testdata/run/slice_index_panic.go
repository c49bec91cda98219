package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := 5
	fmt.Println(s[1])
	s[i-3] = 4
	fmt.Println(s)
	fmt.Println(s[i])
}
