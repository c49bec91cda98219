package main

import "fmt"

func get(s []int, i int) int {
	defer fmt.Println("get deferred")
	return s[i]
}

func main() {
	fmt.Println(get([]int{1, 2}, 1))
	fmt.Println(get([]int{1, 2}, 4))
}
