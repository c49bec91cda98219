// Pointer-based data structures: a doubly linked list with removal, a binary search tree
// with deletion and traversals, and a trie.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type node struct {
	val        int
	prev, next *node
}

type List struct {
	head, tail *node
	size       int
}

func (l *List) PushBack(v int) *node {
	n := &node{val: v, prev: l.tail}
	if l.tail != nil {
		l.tail.next = n
	} else {
		l.head = n
	}
	l.tail = n
	l.size++
	return n
}

func (l *List) Remove(n *node) {
	if n.prev != nil {
		n.prev.next = n.next
	} else {
		l.head = n.next
	}
	if n.next != nil {
		n.next.prev = n.prev
	} else {
		l.tail = n.prev
	}
	n.prev, n.next = nil, nil
	l.size--
}

func (l *List) Reverse() {
	for n := l.head; n != nil; n = n.prev {
		n.prev, n.next = n.next, n.prev
	}
	l.head, l.tail = l.tail, l.head
}

func (l *List) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.next {
		parts = append(parts, fmt.Sprint(n.val))
	}
	return "[" + strings.Join(parts, " <-> ") + "]"
}

type Tree struct {
	Left, Right *Tree
	Key         string
	Count       int
}

func (t *Tree) Insert(k string) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Insert(k)
	case k > t.Key:
		t.Right = t.Right.Insert(k)
	default:
		t.Count++
	}
	return t
}

func (t *Tree) Delete(k string) *Tree {
	if t == nil {
		return nil
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Delete(k)
	case k > t.Key:
		t.Right = t.Right.Delete(k)
	default:
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
		t.Key, t.Count = m.Key, m.Count
		t.Right = t.Right.Delete(m.Key)
	}
	return t
}

func (t *Tree) InOrder(visit func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t)
	t.Right.InOrder(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func (t *Tree) LevelOrder() [][]string {
	var levels [][]string
	queue := []*Tree{t}
	for len(queue) > 0 {
		var level []string
		var next []*Tree
		for _, n := range queue {
			if n == nil {
				continue
			}
			level = append(level, n.Key)
			next = append(next, n.Left, n.Right)
		}
		if len(level) > 0 {
			levels = append(levels, level)
		}
		queue = next
	}
	return levels
}

type Trie struct {
	children map[rune]*Trie
	end      bool
}

func (t *Trie) Add(w string) {
	for _, r := range w {
		if t.children == nil {
			t.children = map[rune]*Trie{}
		}
		c, ok := t.children[r]
		if !ok {
			c = &Trie{}
			t.children[r] = c
		}
		t = c
	}
	t.end = true
}

func (t *Trie) WithPrefix(p string) []string {
	for _, r := range p {
		if t = t.children[r]; t == nil {
			return nil
		}
	}
	var out []string
	var walk func(t *Trie, acc string)
	walk = func(t *Trie, acc string) {
		if t.end {
			out = append(out, acc)
		}
		for r, c := range t.children {
			walk(c, acc+string(r))
		}
	}
	walk(t, p)
	sort.Strings(out)
	return out
}

func main() {
	var l List
	nodes := map[int]*node{}
	for i := 1; i <= 6; i++ {
		nodes[i] = l.PushBack(i * 10)
	}
	fmt.Println(l.String(), l.size)
	l.Remove(nodes[1])
	l.Remove(nodes[4])
	l.Remove(nodes[6])
	fmt.Println(&l, l.size)
	l.Reverse()
	fmt.Println(&l, l.head.val, l.tail.val)

	var root *Tree
	for _, w := range strings.Fields("m d x a f p z d a m q b") {
		root = root.Insert(w)
	}
	var keys []string
	root.InOrder(func(t *Tree) { keys = append(keys, fmt.Sprintf("%s%d", t.Key, t.Count)) })
	fmt.Println(keys, root.Height(), root.LevelOrder())
	for _, k := range []string{"m", "a", "zz", "x"} {
		root = root.Delete(k)
	}
	keys = keys[:0]
	root.InOrder(func(t *Tree) { keys = append(keys, t.Key) })
	fmt.Println(keys, root.Height(), root.LevelOrder())

	trie := &Trie{}
	for _, w := range []string{"go", "gopher", "golang", "good", "gone", "rust", "ruby", "g"} {
		trie.Add(w)
	}
	fmt.Println(trie.WithPrefix("go"), trie.WithPrefix("ru"), trie.WithPrefix("x"), len(trie.WithPrefix("")))
	var nilTree *Tree
	fmt.Println(nilTree.Height(), nilTree == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(nilTree.Key)
}
