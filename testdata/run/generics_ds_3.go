package main

import (
	"fmt"
	"sort"
)

// Set[T comparable] built on a map, with set algebra.
type Set[T comparable] map[T]struct{}

func NewSet[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(x T)           { s[x] = struct{}{} }
func (s Set[T]) Has(x T) bool      { _, ok := s[x]; return ok }
func (s Set[T]) Len() int          { return len(s) }
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := NewSet[T]()
	for x := range s {
		r.Add(x)
	}
	for x := range o {
		r.Add(x)
	}
	return r
}
func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := Set[T]{}
	for x := range s {
		if o.Has(x) {
			r.Add(x)
		}
	}
	return r
}

func sortedInts(s Set[int]) []int {
	out := make([]int, 0, len(s))
	for x := range s {
		out = append(out, x)
	}
	sort.Ints(out)
	return out
}

func main() {
	a := NewSet(1, 2, 3, 4)
	b := NewSet(3, 4, 5)
	fmt.Println(sortedInts(a.Union(b)))
	fmt.Println(sortedInts(a.Intersect(b)))
	fmt.Println(a.Has(2), b.Has(2), a.Len())
	words := NewSet("go", "rust", "go")
	fmt.Println(words.Len(), words.Has("go"))
	var empty Set[string]
	fmt.Println(empty.Has("x"), empty.Len())
}
