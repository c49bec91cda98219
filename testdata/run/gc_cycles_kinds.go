package main

import (
	"fmt"
	"runtime"
)

// Builds and drops many cyclic structures of each kind; the collector must free them
// (automatically and through runtime.GC) without touching the live ones.

type dnode struct {
	prev, next *dnode
	val        int
}

func dlist(n, seed int) *dnode {
	head := &dnode{val: seed}
	cur := head
	for i := 1; i < n; i++ {
		nd := &dnode{prev: cur, val: seed + i}
		cur.next = nd
		cur = nd
	}
	cur.next = head
	head.prev = cur
	return head
}

type tree struct {
	parent      *tree
	left, right *tree
	depth       int
}

func mktree(parent *tree, d int) *tree {
	t := &tree{parent: parent, depth: d}
	if d > 0 {
		t.left = mktree(t, d-1)
		t.right = mktree(t, d-1)
	}
	return t
}

func (t *tree) sum() int {
	if t == nil {
		return 0
	}
	s := t.depth
	if t.parent != nil {
		s += t.parent.depth
	}
	return s + t.left.sum() + t.right.sum()
}

type owner struct {
	name  string
	items map[string]*owner
	self  []any
}

func selfClosure(n int) func(int) int {
	var f func(int) int
	f = func(k int) int {
		if k <= 0 {
			return n
		}
		return f(k-1) + 1
	}
	return f
}

func mutual() (func(int) bool, func(int) bool) {
	var even, odd func(int) bool
	even = func(n int) bool { return n == 0 || odd(n-1) }
	odd = func(n int) bool { return n != 0 && even(n-1) }
	return even, odd
}

func main() {
	keepList := dlist(100, 7)
	keepTree := mktree(nil, 6)
	keepOwner := &owner{name: "keep", items: map[string]*owner{}}
	keepOwner.items["me"] = keepOwner
	keepOwner.self = []any{keepOwner, nil}
	keepOwner.self[1] = keepOwner.self
	even, _ := mutual()

	total := 0
	for round := 0; round < 400; round++ {
		l := dlist(200, round)
		total += l.prev.val - l.val
		t := mktree(nil, 5)
		total += t.left.right.parent.depth
		o := &owner{name: fmt.Sprint("o", round), items: map[string]*owner{}}
		child := &owner{name: "child", items: map[string]*owner{"parent": o}}
		o.items["child"] = child
		o.items["self"] = o
		total += len(o.items["child"].items["parent"].name)
		s := make([]any, 3)
		s[0] = s
		s[1] = o
		s[2] = &s
		total += len(s)
		ch := make(chan any, 2)
		ch <- ch
		ch <- l
		total += cap(ch)
		f := selfClosure(round)
		total += f(3)
		e, od := mutual()
		if e(10) && !od(10) {
			total++
		}
		if round%100 == 99 {
			runtime.GC()
		}
	}
	runtime.GC()

	// The live structures are intact.
	ls := 0
	for i, nd := 0, keepList; i < 100; i, nd = i+1, nd.next {
		ls += nd.val * (i + 1)
		if nd.next.prev != nd {
			fmt.Println("broken list at", i)
		}
	}
	fmt.Println("list", ls, keepList.prev.val)
	fmt.Println("tree", keepTree.sum(), keepTree.left.left.parent.parent == keepTree)
	fmt.Println("owner", keepOwner.items["me"].name, len(keepOwner.self), keepOwner.self[0].(*owner).name)
	inner := keepOwner.self[1].([]any)
	fmt.Println("self slice", len(inner), inner[0].(*owner) == keepOwner)
	fmt.Println("closures", even(100), even(7))
	fmt.Println("total", total)
}
