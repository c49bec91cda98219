package main

import "fmt"

type reg struct{ v uint32 }

func main() {
	var x uint64 = 300
	x >>= 7
	var y int = -300
	y >>= 2
	var z int8 = 1
	z <<= 7
	var u uint16 = 0xffff
	u <<= 4
	var s uint = 3
	w := 1000
	w >>= s
	w <<= s + 1
	r := reg{0x80000000}
	r.v >>= 31
	a := []int{8, 16}
	a[1] >>= 2
	var big uint32 = 1
	big <<= 40
	fmt.Println(x, y, z, u, w, r.v, a, big)
	n := -1
	defer func() { fmt.Println("recovered:", recover()) }()
	w >>= n
}
