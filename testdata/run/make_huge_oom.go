package main

import "fmt"

func main() {
	n := 1 << 41
	defer func() { fmt.Println("recovered", recover()) }()
	s := make([]int, n)
	fmt.Println(len(s))
}
