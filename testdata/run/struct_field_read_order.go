package main

import "fmt"

// Fields read through pointers as operands, next to calls that change them: gc runs the
// calls first, then reads the fields.

type pt struct {
	x, y float64
	n    int
	k    int8
}

func bump(p *pt) float64 {
	p.x += 100
	p.n += 1000
	return 1
}

func bumpN(p *pt) int {
	p.n += 1000
	p.k += 100
	return 1
}

func main() {
	p := &pt{x: 1, y: 2, n: 3, k: 20}
	a := p.x + bump(p)
	b := bump(p) + p.x
	fmt.Println(a, b, p.x*p.y, p.x-p.x, p.y/p.x)
	c := p.n + bumpN(p)
	d := bumpN(p) - p.n
	fmt.Println(c, d, p.n*2, 3-p.n, p.n%7, p.n/p.n)
	k := p.k + int8(bumpN(p))
	fmt.Println(k, p.k*p.k, p.k+p.k, p.k < 0)
	q := p
	fmt.Println(p.x == q.x, p.x < q.y, p.n > q.n, p.n != 0)
	var e struct{ a, b float64 }
	r := &e
	e.b = -1
	fmt.Println(r.a*r.b, r.a/r.a == r.a/r.a, r.b-r.a)
	var np *pt
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(np.x + 1)
}
