// run

package main

import "fmt"

type Inner struct{ A, B int }

type Outer struct {
	In  Inner
	Tag string
	Ns  []int
}

func modify(o Outer) Outer {
	o.In.A = 99
	o.Tag = "modified"
	o.Ns[0] = -1 // slices inside a struct copy share their elements
	return o
}

func main() {
	a := Outer{Inner{1, 2}, "a", []int{1, 2}}
	b := a
	b.In.B = 20
	b.Tag = "b"
	fmt.Println(a, b)
	c := modify(a)
	fmt.Println(a, c)
	in := a.In
	in.A = 5
	fmt.Println(a.In, in)
	xs := []Inner{{1, 1}, {2, 2}}
	e := xs[0]
	e.A = 100
	fmt.Println(xs, e)
	for _, v := range xs {
		v.B = 50
	}
	fmt.Println(xs)
	for i := range xs {
		xs[i].B = 50
	}
	fmt.Println(xs)
	ys := make([]Inner, 3)
	copy(ys, xs)
	ys[0].A = 7
	fmt.Println(xs, ys)
	// Swaps copy whole structs.
	p, q := Inner{1, 2}, Inner{3, 4}
	p, q = q, p
	p.A = 30
	fmt.Println(p, q)
	arr := []Outer{a, a}
	arr[0].In.A = 11
	fmt.Println(arr[0].In, arr[1].In, a.In)
	f := func() Inner { return in }
	g := f()
	g.B = 77
	fmt.Println(in, g)
}
