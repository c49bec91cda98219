package main

import (
	"cmp"
	"fmt"
)

// A binary search tree over cmp.Ordered.
type Tree[K cmp.Ordered, V any] struct {
	root *node[K, V]
	n    int
}

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).key); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &node[K, V]{key: k, val: v}
	t.n++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		if k < n.key {
			n = n.left
		} else if k > n.key {
			n = n.right
		} else {
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

func (n *node[K, V]) walk(f func(K, V)) {
	if n == nil {
		return
	}
	n.left.walk(f)
	f(n.key, n.val)
	n.right.walk(f)
}

func (n *node[K, V]) height() int {
	if n == nil {
		return 0
	}
	return 1 + max(n.left.height(), n.right.height())
}

func main() {
	var t Tree[string, int]
	for i, w := range []string{"m", "c", "x", "a", "e", "c", "z"} {
		t.Put(w, i)
	}
	t.root.walk(func(k string, v int) { fmt.Print(k, "=", v, " ") })
	fmt.Println()
	fmt.Println(t.n, t.root.height())
	v, ok := t.Get("e")
	fmt.Println(v, ok)
	v, ok = t.Get("q")
	fmt.Println(v, ok)
	var ft Tree[float64, []string]
	ft.Put(2.5, []string{"x"})
	ft.Put(-1, nil)
	ft.root.walk(func(k float64, v []string) { fmt.Println(k, v, v == nil) })
}
