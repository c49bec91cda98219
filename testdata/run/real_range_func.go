package main

import (
	"fmt"
	"strings"
)

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Pairs(m []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, s := range m {
			if !yield(i, s) {
				return
			}
		}
	}
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) walk(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
}

func (t *Tree) All() func(func(int) bool) {
	return func(yield func(int) bool) { t.walk(yield) }
}

func main() {
	for i := range Count(5) {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, s := range Pairs([]string{"x", "y", "z"}) {
		if i == 2 {
			break
		}
		fmt.Println(i, strings.ToUpper(s))
	}
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80} {
		root = root.Insert(v)
	}
	for v := range root.All() {
		if v > 60 {
			break
		}
		fmt.Print(v, ",")
	}
	fmt.Println()
	for i := range 3 {
		fmt.Print(i)
	}
	fmt.Println()
}
