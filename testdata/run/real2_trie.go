package main

import (
	"fmt"
	"sort"
	"strings"
)

type Node struct {
	children map[rune]*Node
	end      bool
	count    int
}

type Trie struct{ root *Node }

func NewTrie() *Trie { return &Trie{&Node{children: map[rune]*Node{}}} }

func (t *Trie) Insert(w string) {
	n := t.root
	for _, r := range w {
		child, ok := n.children[r]
		if !ok {
			child = &Node{children: map[rune]*Node{}}
			n.children[r] = child
		}
		child.count++
		n = child
	}
	n.end = true
}

func (t *Trie) find(prefix string) *Node {
	n := t.root
	for _, r := range prefix {
		var ok bool
		if n, ok = n.children[r]; !ok {
			return nil
		}
	}
	return n
}

func (t *Trie) WithPrefix(prefix string) []string {
	var out []string
	var walk func(n *Node, acc []rune)
	walk = func(n *Node, acc []rune) {
		if n.end {
			out = append(out, string(acc))
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			walk(n.children[r], append(acc, r))
		}
	}
	if n := t.find(prefix); n != nil {
		walk(n, []rune(prefix))
	}
	return out
}

func main() {
	t := NewTrie()
	for _, w := range strings.Fields("car cart carbon care cat dog dot do über übel") {
		t.Insert(w)
	}
	for _, p := range []string{"car", "ca", "do", "x", "üb", ""} {
		res := t.WithPrefix(p)
		n := t.find(p)
		cnt := 0
		if n != nil {
			cnt = n.count
		}
		fmt.Printf("%-4q %d %v\n", p, cnt, res)
	}
	fmt.Println(len("über"), len([]rune("über")), strings.ToUpper("über"))
	for i, r := range "héllo" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
}
