package main

import "fmt"

// Mutually recursive generic types.
type Forest[T any] struct {
	Trees []Tree[T]
}

type Tree[T any] struct {
	Label T
	Kids  Forest[T]
}

func (f Forest[T]) Count() int {
	n := 0
	for _, t := range f.Trees {
		n += t.Count()
	}
	return n
}

func (t Tree[T]) Count() int { return 1 + t.Kids.Count() }

func Labels[T any](f Forest[T], out []T) []T {
	for _, t := range f.Trees {
		out = append(out, t.Label)
		out = Labels(t.Kids, out)
	}
	return out
}

func main() {
	f := Forest[string]{Trees: []Tree[string]{
		{Label: "a", Kids: Forest[string]{Trees: []Tree[string]{{Label: "a1"}, {Label: "a2"}}}},
		{Label: "b"},
	}}
	fmt.Println(f.Count(), Labels(f, nil))
	var empty Forest[int]
	fmt.Println(empty.Count(), Labels(empty, []int{0}))
}
