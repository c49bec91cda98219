package main

import "fmt"

type node struct{ next *node }

func walk(n *node, d int) int {
	return walk(n, d+1) + 1
}

func main() {
	fmt.Println("start")
	fmt.Println(walk(&node{}, 0))
}
