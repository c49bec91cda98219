// `x op= f()`: gc runs the right side's calls before it reads the target, so a call
// that reassigns the pointer, slice or map of the target redirects the update.
package main

import "fmt"

type S struct{ a, b int; f float64; s string; c complex128 }

func ptrs() {
	one, two := 1, 2
	x := &one
	*x += func() int { x = &two; return 10 }()
	fmt.Println("ptr", one, two)
}

func fields() {
	s1, s2 := &S{a: 1}, &S{a: 2}
	p := s1
	p.a += func() int { p = s2; return 5 }()
	p.f += func() float64 { p = s1; return 1.5 }()
	p.s += func() string { p = s2; return "x" }()
	p.c += func() complex128 { p = s1; return 2i }()
	fmt.Println("fields", *s1, *s2)
}

func pointee() {
	n := 1
	p := &n
	*p += func() int { n = 100; return 1 }()
	fmt.Println("pointee", n)
	m := 1
	m += func() int { m = 100; return 1 }()
	fmt.Println("local", m)
}

var depth int

func rec(p *int) int {
	depth++
	if depth < 4 {
		q := new(int)
		*q += rec(q)
		*p += *q
	}
	return depth
}

type T struct{ v [3]int }

func elems() {
	arr := []S{{a: 1}, {a: 2}}
	i := 0
	arr[i].a += func() int { i = 1; return 7 }()
	fmt.Println("elems", arr, i)
	t := &T{}
	t.v[1] += func() int { t = &T{}; return 3 }()
	fmt.Println(t.v)
}

func divzero() {
	defer func() { fmt.Println("recovered:", recover()) }()
	n := 5
	p := &n
	*p /= func() int { return 0 }()
}

var g = 1
var gs = "a"

func globals() {
	g += func() int { g = 10; return 1 }()
	gs += func() string { gs = "b"; return "c" }()
	m1, m2 := map[string]int{"k": 1}, map[string]int{"k": 2}
	m := m1
	m["k"] += func() int { m = m2; return 3 }()
	s1, s2 := []float64{1}, []float64{2}
	s := s1
	s[0] *= func() float64 { s = s2; return 4 }()
	var sh uint8 = 1
	sp := &sh
	*sp <<= func() int { sh = 3; return 2 }()
	fmt.Println("globals", g, gs, m1, m2, s1, s2, sh)
}

func main() {
	globals()
	ptrs()
	fields()
	pointee()
	r := 0
	fmt.Println(rec(&r), r)
	elems()
	divzero()
	var np *int
	*np += func() int { fmt.Println("called first"); return 1 }()
}
