package main

import "fmt"

type entry struct {
	key   string
	value int
	left  *entry
	right *entry
}

type OrderedMap struct {
	root *entry
	n    int
}

func (m *OrderedMap) Put(k string, v int) {
	p := &m.root
	for *p != nil {
		switch {
		case k < (*p).key:
			p = &(*p).left
		case k > (*p).key:
			p = &(*p).right
		default:
			(*p).value = v
			return
		}
	}
	*p = &entry{key: k, value: v}
	m.n++
}

func (m *OrderedMap) Get(k string) (int, bool) {
	e := m.root
	for e != nil {
		if k < e.key {
			e = e.left
		} else if k > e.key {
			e = e.right
		} else {
			return e.value, true
		}
	}
	return 0, false
}

func (m *OrderedMap) Each(f func(k string, v int)) {
	var visit func(e *entry)
	visit = func(e *entry) {
		if e == nil {
			return
		}
		visit(e.left)
		f(e.key, e.value)
		visit(e.right)
	}
	visit(m.root)
}

func (m *OrderedMap) Height() int {
	var h func(e *entry) int
	h = func(e *entry) int {
		if e == nil {
			return 0
		}
		return 1 + max(h(e.left), h(e.right))
	}
	return h(m.root)
}

func main() {
	m := &OrderedMap{}
	for i, w := range []string{"mango", "apple", "kiwi", "banana", "cherry", "apple", "zucchini"} {
		m.Put(w, i)
	}
	m.Each(func(k string, v int) { fmt.Printf("%s=%d ", k, v) })
	fmt.Println()
	for _, k := range []string{"kiwi", "grape"} {
		v, ok := m.Get(k)
		fmt.Println(k, v, ok)
	}
	fmt.Println("size", m.n, "height", m.Height(), min(3, 1, 2))
	sum := 0
	m.Each(func(_ string, v int) { sum += v })
	fmt.Println("sum", sum)
}
