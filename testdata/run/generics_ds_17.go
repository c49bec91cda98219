package main

import "fmt"

// Union-find over any comparable element type.
type DSU[T comparable] struct {
	parent map[T]T
	size   map[T]int
}

func NewDSU[T comparable]() *DSU[T] { return &DSU[T]{map[T]T{}, map[T]int{}} }

func (d *DSU[T]) Find(x T) T {
	p, ok := d.parent[x]
	if !ok {
		d.parent[x] = x
		d.size[x] = 1
		return x
	}
	if p == x {
		return x
	}
	r := d.Find(p)
	d.parent[x] = r
	return r
}

func (d *DSU[T]) Union(a, b T) bool {
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	if d.size[ra] < d.size[rb] {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	d.size[ra] += d.size[rb]
	return true
}

type P struct{ X, Y int }

func main() {
	d := NewDSU[string]()
	fmt.Println(d.Union("a", "b"), d.Union("c", "d"), d.Union("b", "a"), d.Union("a", "d"))
	fmt.Println(d.Find("c") == d.Find("b"), d.size[d.Find("a")])
	g := NewDSU[P]()
	g.Union(P{0, 0}, P{0, 1})
	fmt.Println(g.Find(P{0, 1}) == g.Find(P{0, 0}), g.Find(P{5, 5}))
}
