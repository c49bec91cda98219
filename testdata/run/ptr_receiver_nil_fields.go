// Pointer methods called on pointer variables (no address of the variable is taken: the
// variable may be reassigned, captured, or its address taken elsewhere), and comparisons
// of pointer, slice, map, func and interface fields with nil through every kind of access.
package main

import "fmt"

type node struct {
	next  *node
	kids  []int
	attrs map[string]int
	fn    func() int
	any   any
	val   int
}

func (n *node) push(v int) *node { return &node{next: n, val: v} }
func (n *node) depth() int {
	d := 0
	for p := n; p != nil; p = p.next {
		d++
	}
	return d
}
func (n *node) bump() { n.val++; n.again() }
func (n *node) again() {
	if n.next != nil {
		n.next.val += 10
	}
}

type wrap struct {
	inner node
	ptr   *node
}

func main() {
	var n *node
	for i := 0; i < 5; i++ {
		n = n.push(i)
	}
	fmt.Println(n.depth(), n.val)
	n.bump()
	fmt.Println(n.val, n.next.val)
	m := n
	n = n.next
	m.bump()
	fmt.Println(m.val, n.val, m.next == n)
	get := func() *node { return n }
	n.bump()
	fmt.Println(get().val)
	pp := &n
	(*pp).bump()
	fmt.Println(n.val, (*pp).next.val)

	// nil comparisons of fields: local struct, pointer, pointer to pointer, slice element,
	// nested struct field, through an embedded path.
	var s node
	fmt.Println(s.next == nil, s.kids == nil, s.attrs == nil, s.fn == nil, s.any == nil)
	s.kids = []int{}
	s.attrs = map[string]int{}
	s.fn = func() int { return 1 }
	s.any = 0
	s.next = &s
	fmt.Println(s.next != nil, s.kids != nil, s.attrs != nil, s.fn != nil, s.any != nil)
	fmt.Println(s.next.next.next == nil, n.next.next.next.next == nil)
	ns := []node{{}, {next: &node{}}}
	fmt.Println(ns[0].next == nil, ns[1].next == nil, ns[1].next.next == nil)
	e := &ns[1]
	fmt.Println(e.next == nil, e.kids == nil)
	w := wrap{}
	fmt.Println(w.inner.next == nil, w.ptr == nil)
	w.ptr = &w.inner
	w.inner.next = e
	fmt.Println(w.inner.next == nil, w.ptr.next == nil, w.ptr.next.next.next == nil)
	var ppn **node = &e
	fmt.Println(*ppn == nil, (*ppn).next == nil)
	*ppn = nil
	fmt.Println(*ppn == nil, e == nil)

	// A nil pointer's field compared with nil panics.
	defer func() { fmt.Println("recovered:", recover()) }()
	var z *node
	fmt.Println(z.next == nil)
}
