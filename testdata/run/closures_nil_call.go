package main

import "fmt"

func main() {
	var f func(int) int
	fmt.Println("before", f == nil)
	fmt.Println(f(3))
	fmt.Println("not reached")
}
