package main

import "fmt"

func main() {
	s := make([]int, 1<<40)
	fmt.Println(len(s))
}
