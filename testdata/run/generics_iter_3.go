package main

import (
	"fmt"
	"iter"
)

// A generic tree with an All method returning iter.Seq; early break stops the walk.
type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) { t.push(yield) }
}

func (t *Tree[T]) push(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.push(yield) && yield(t.Val) && t.Right.push(yield)
}

func Leaf[T any](v T) *Tree[T] { return &Tree[T]{Val: v} }

func main() {
	t := &Tree[int]{Val: 4, Left: &Tree[int]{Val: 2, Left: Leaf(1), Right: Leaf(3)}, Right: &Tree[int]{Val: 6, Right: Leaf(7)}}
	for v := range t.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range t.All() {
		if v > 3 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	s := &Tree[string]{Val: "root"}
	for v := range s.All() {
		fmt.Println(v)
	}
	var empty *Tree[float64]
	n := 0
	for range empty.All() {
		n++
	}
	fmt.Println(n)
}
