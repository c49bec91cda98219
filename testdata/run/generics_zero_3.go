package main

import "fmt"

// Zero values of generic struct instances and of fields of type-parameter type.
type Node[T any] struct {
	Val   T
	Left  *Node[T]
	Items []T
	Meta  map[string]T
}

func Empty[T any]() Node[T] { return Node[T]{} }

func main() {
	n := Empty[int]()
	fmt.Println(n.Val, n.Left == nil, n.Items == nil, n.Meta == nil, len(n.Meta))
	s := Empty[string]()
	fmt.Printf("%q %v\n", s.Val, s.Left)
	fmt.Printf("%+v\n", Empty[bool]())
	var arr [2]Node[float64]
	fmt.Println(arr[1].Val, arr[0].Items)
	p := new(Node[[]int])
	fmt.Println(p.Val == nil, p.Meta["x"] == nil)
}
