package main

import "fmt"

type node struct {
	next *node
	v    int
}

func sum(n *node) int {
	if n == nil {
		return 0
	}
	return n.v + sum(n.next)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

// Deep but finite recursion in a goroutine other than main (Go's stacks grow to 1 GB).
func main() {
	var list *node
	for i := 0; i < 100000; i++ {
		list = &node{list, i}
	}
	done := make(chan int)
	go func() { done <- sum(list) }()
	fmt.Println(<-done)
	go func() { done <- depth(100000) }()
	fmt.Println(<-done)
}
