package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func sumList(n *Node) int {
	total := 0
	for n != nil {
		total += n.Val
		n = n.Next
	}
	return total
}

func buildList(vals ...int) *Node {
	var head *Node
	for i := len(vals) - 1; i >= 0; i-- {
		head = &Node{vals[i], head}
	}
	return head
}

func main() {
	l := buildList(1, 2, 3, 4)
	fmt.Println("sum:", sumList(l))
	m := map[string][]int{"a": {1, 2}}
	fmt.Println(len(m["missing"]))
	idx := 3
	fmt.Println("about to index", idx)
	fmt.Println(m["a"][idx])
}
