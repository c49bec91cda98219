package main

import "fmt"

// Non-generic aliases of generic instances.
type Tree[T any] struct {
	Val         T
	Left, Right *Tree[T]
}

func (t *Tree[T]) Size() int {
	if t == nil {
		return 0
	}
	return 1 + t.Left.Size() + t.Right.Size()
}

type IntTree = Tree[int]
type StrPair = [2]string

func Build(vals []int) *IntTree {
	var root *IntTree
	for _, v := range vals {
		root = &IntTree{Val: v, Left: root}
	}
	return root
}

func main() {
	t := Build([]int{1, 2, 3})
	fmt.Println(t.Size(), t.Val)
	var u *Tree[int] = t
	fmt.Printf("%T %d\n", u, u.Left.Val)
	p := StrPair{"a", "b"}
	fmt.Println(p)
}
