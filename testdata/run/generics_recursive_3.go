package main

import (
	"cmp"
	"fmt"
)

// A generic skew heap (recursive merge) over cmp.Ordered.
type Heap[T cmp.Ordered] struct {
	root *hnode[T]
	size int
}

type hnode[T cmp.Ordered] struct {
	v    T
	l, r *hnode[T]
}

func merge[T cmp.Ordered](a, b *hnode[T]) *hnode[T] {
	if a == nil {
		return b
	}
	if b == nil {
		return a
	}
	if b.v < a.v {
		a, b = b, a
	}
	a.l, a.r = merge(a.r, b), a.l
	return a
}

func (h *Heap[T]) Push(v T) {
	h.root = merge(h.root, &hnode[T]{v: v})
	h.size++
}

func (h *Heap[T]) Pop() T {
	v := h.root.v
	h.root = merge(h.root.l, h.root.r)
	h.size--
	return v
}

func main() {
	var h Heap[string]
	for _, s := range []string{"pear", "apple", "fig", "banana", "cherry"} {
		h.Push(s)
	}
	for h.size > 0 {
		fmt.Print(h.Pop(), " ")
	}
	fmt.Println()
	var hi Heap[int]
	for _, x := range []int{9, -1, 4, 4, 0} {
		hi.Push(x)
	}
	fmt.Println(hi.Pop(), hi.Pop(), hi.Pop(), hi.size)
}
