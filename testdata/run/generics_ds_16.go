package main

import "fmt"

// A generic trie keyed by comparable symbols.
type Trie[S comparable, V any] struct {
	children map[S]*Trie[S, V]
	val      V
	has      bool
}

func (t *Trie[S, V]) Put(key []S, v V) {
	n := t
	for _, s := range key {
		if n.children == nil {
			n.children = map[S]*Trie[S, V]{}
		}
		c, ok := n.children[s]
		if !ok {
			c = &Trie[S, V]{}
			n.children[s] = c
		}
		n = c
	}
	n.val, n.has = v, true
}

func (t *Trie[S, V]) Get(key []S) (V, bool) {
	n := t
	for _, s := range key {
		n = n.children[s]
		if n == nil {
			var zero V
			return zero, false
		}
	}
	return n.val, n.has
}

func (t *Trie[S, V]) Count() int {
	c := 0
	if t.has {
		c = 1
	}
	for _, ch := range t.children {
		c += ch.Count()
	}
	return c
}

func main() {
	var t Trie[rune, int]
	for i, w := range []string{"go", "gopher", "golang", "rust"} {
		t.Put([]rune(w), i)
	}
	for _, w := range []string{"go", "gop", "golang", "r"} {
		v, ok := t.Get([]rune(w))
		fmt.Println(w, v, ok)
	}
	fmt.Println(t.Count())
	var bt Trie[bool, string]
	bt.Put([]bool{true, false}, "tf")
	fmt.Println(bt.Get([]bool{true, false}))
}
