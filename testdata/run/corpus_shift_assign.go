package main

import "fmt"

type S struct{ f int32 }

var g uint16 = 3

// x <<= n and x >>= n with a variable count, on every kind of target; then a negative count.
func main() {
	n := uint(2)
	x := 1234
	x <<= n
	y := -96
	y >>= n
	s := S{7}
	s.f <<= 30
	p := &S{-7}
	p.f >>= 1
	g <<= 15
	var u uint8 = 200
	u >>= 1
	big := uint(70)
	z, w := 5, -5
	z <<= big
	w >>= big
	var i8 int8 = 1
	i8 <<= 7
	fmt.Println(x, y, s.f, p.f, g, u, z, w, i8)

	var k int = 3
	k <<= k
	fmt.Println(k)
	neg := -1
	defer func() { fmt.Println("recovered:", recover()) }()
	k >>= neg
	fmt.Println("not reached", k)
}
