package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Left, Right *Tree
	Key         int
	Val         string
}

func (t *Tree) Insert(k int, v string) *Tree {
	if t == nil {
		return &Tree{Key: k, Val: v}
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Insert(k, v)
	case k > t.Key:
		t.Right = t.Right.Insert(k, v)
	default:
		t.Val = v
	}
	return t
}

func (t *Tree) Get(k int) (string, bool) {
	for t != nil {
		if k == t.Key {
			return t.Val, true
		} else if k < t.Key {
			t = t.Left
		} else {
			t = t.Right
		}
	}
	return "", false
}

func (t *Tree) Walk(f func(k int, v string)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Key, t.Val)
	t.Right.Walk(f)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func (t *Tree) Delete(k int) *Tree {
	if t == nil {
		return nil
	}
	if k < t.Key {
		t.Left = t.Left.Delete(k)
	} else if k > t.Key {
		t.Right = t.Right.Delete(k)
	} else {
		if t.Left == nil {
			return t.Right
		}
		if t.Right == nil {
			return t.Left
		}
		m := t.Right
		for m.Left != nil {
			m = m.Left
		}
		t.Key, t.Val = m.Key, m.Val
		t.Right = t.Right.Delete(m.Key)
	}
	return t
}

func (t *Tree) Pretty(sb *strings.Builder, indent string) {
	if t == nil {
		return
	}
	t.Right.Pretty(sb, indent+"    ")
	fmt.Fprintf(sb, "%s%d\n", indent, t.Key)
	t.Left.Pretty(sb, indent+"    ")
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = root.Insert(k, fmt.Sprintf("v%d", k))
	}
	var keys []string
	root.Walk(func(k int, v string) { keys = append(keys, fmt.Sprint(k)) })
	fmt.Println(strings.Join(keys, ","), "height", root.Height())
	for _, k := range []int{45, 55} {
		v, ok := root.Get(k)
		fmt.Printf("get %d: %q %v\n", k, v, ok)
	}
	root = root.Delete(30).Delete(50).Delete(99)
	var sb strings.Builder
	root.Pretty(&sb, "")
	fmt.Print(sb.String())
	sum := 0
	root.Walk(func(k int, _ string) { sum += k })
	fmt.Println("sum", sum, "root", root.Key)
	var nilTree *Tree
	fmt.Println(nilTree.Height(), nilTree.Left)
}
