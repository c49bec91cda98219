package main

import "fmt"

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	}
	return t
}

func Less[T interface{ ~int | ~string }](a, b T) bool { return a < b }

func main() {
	var t *Tree[int]
	t = t.Insert(3)
	fmt.Println(t.Val, Less(1, 2))
}
