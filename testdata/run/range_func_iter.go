package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Pairs[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func find(xs []string, want string) (int, bool) {
	for i, x := range Pairs(xs) {
		if x == want {
			return i, true
		}
	}
	return -1, false
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) All() iter.Seq[int] {
	return func(yield func(int) bool) {
		t.push(yield)
	}
}

func (t *Tree) push(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.push(yield) && yield(t.Val) && t.Right.push(yield)
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	sum := 0
	for x := range Count(10) {
		if x%2 == 0 {
			continue
		}
		sum += x
	}
	fmt.Println(sum)
	fmt.Println(find([]string{"a", "b", "c"}, "b"))
	fmt.Println(find([]string{"a"}, "z"))
	t := &Tree{Val: 5, Left: &Tree{Val: 2}, Right: &Tree{Val: 9, Left: &Tree{Val: 7}}}
	for v := range t.All() {
		fmt.Print(v, " ")
		if v == 7 {
			break
		}
	}
	fmt.Println()
	var fs []func() int
	for i := range Count(3) {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	for i, v := range slices.All([]string{"x", "y"}) {
		fmt.Println(i, v)
	}
	evens := slices.Collect(Filter(Count(10), func(x int) bool { return x%2 == 0 }))
	fmt.Println(evens)
	var sb strings.Builder
	for c := range slices.Values([]string{"p", "q"}) {
		sb.WriteString(c)
	}
	fmt.Println(sb.String())
	for k, v := range maps.All(map[string]int{"only": 1}) {
		fmt.Println(k, v)
	}
}
