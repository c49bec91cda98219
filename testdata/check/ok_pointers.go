package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func newInt(v int) *int { return &v }

func main() {
	n := &Node{Val: 1}
	n.Next = &Node{Val: 2}
	p := &n.Next.Val
	*p = 5
	arr := [3]int{1, 2, 3}
	ap := &arr
	ap[1] = 9
	sl := ap[:]
	sp := &sl[0]
	*sp = 7
	pp := &p
	**pp = 6
	m := map[string]*Node{"a": n}
	m["a"].Val = 10
	q := new(int)
	r := newInt(4)
	fmt.Println(n.Val, n.Next.Val, arr, *q, *r, len(ap))
}
