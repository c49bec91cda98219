package main

import "fmt"

// A generic tree with a children slice of the same instantiation, walked depth first.
type Tree[T any] struct {
	Val      T
	Children []*Tree[T]
}

func (t *Tree[T]) Add(v T) *Tree[T] {
	c := &Tree[T]{Val: v}
	t.Children = append(t.Children, c)
	return c
}

func (t *Tree[T]) Walk(depth int, f func(int, T)) {
	f(depth, t.Val)
	for _, c := range t.Children {
		c.Walk(depth+1, f)
	}
}

func Size[T any](t *Tree[T]) int {
	n := 1
	for _, c := range t.Children {
		n += Size(c)
	}
	return n
}

func MapTree[T, U any](t *Tree[T], f func(T) U) *Tree[U] {
	r := &Tree[U]{Val: f(t.Val)}
	for _, c := range t.Children {
		r.Children = append(r.Children, MapTree(c, f))
	}
	return r
}

func main() {
	root := &Tree[string]{Val: "root"}
	a := root.Add("a")
	a.Add("a1")
	a.Add("a2")
	root.Add("b").Add("b1")
	root.Walk(0, func(d int, s string) {
		for i := 0; i < d; i++ {
			fmt.Print("  ")
		}
		fmt.Println(s)
	})
	fmt.Println(Size(root))
	lens := MapTree(root, func(s string) int { return len(s) })
	total := 0
	lens.Walk(0, func(_ int, n int) { total += n })
	fmt.Println(total, Size(lens))
}
