// Functions with array results that recover from a panic: named results keep what was
// stored in them (also when their address escaped), unnamed ones are zero arrays, each
// return a fresh one.
package main

import "fmt"

var sink *[4]byte

func named(fail bool) (x [4]byte, n int) {
	for i := range x {
		x[i] = byte(i + 1)
	}
	sink = &x
	defer func() { recover() }()
	n = 7
	if fail {
		panic("boom")
	}
	return x, 1
}

func unnamed(fail bool) ([3]int, string) {
	defer func() { recover() }()
	if fail {
		panic(fmt.Sprint("boom"))
	}
	return [3]int{1, 2, 3}, "ok"
}

type S struct {
	a [2]int
	s string
}

func structs() (S, [2]S) {
	defer func() { recover() }()
	var p *S
	_ = p.s
	return S{}, [2]S{}
}

func main() {
	fmt.Println(named(false))
	fmt.Println(named(true))
	sink[0] = 99
	fmt.Println(*sink)
	a, s := unnamed(true)
	b, _ := unnamed(true)
	a[0] = 5
	fmt.Println(a, b, s == "")
	fmt.Println(unnamed(false))
	fmt.Println(structs())
}
