package main

import "fmt"

type P struct{ v int8 }

// x op= n for shifts into slice and array elements, map entries and fields: the count has
// its own type (a big unsigned count is not cut to the element's size) and a negative
// signed count panics.
func main() {
	s := []uint8{0x81, 2, 3}
	a := [2]int8{-128, 64}
	m := map[string]int16{"a": -2, "b": 3}
	p := &P{v: 1}
	var big uint64 = 1 << 63
	s[0] >>= uint(256)
	s[1] <<= 7
	s[2] <<= big
	a[0] >>= 3
	a[1] <<= uint16(257)
	m["a"] >>= uint32(1 << 31)
	m["b"] <<= 14
	p.v <<= 6
	fmt.Println(s, a, m, p.v)
	for _, n := range []int{3, 70, -1} {
		func() {
			defer func() { fmt.Println("count", n, "recovered:", recover()) }()
			s[1] = 0xF0
			s[1] >>= n
			fmt.Println("slice", s[1])
			a[1] = -8
			a[1] >>= n
			fmt.Println("array", a[1])
			m["c"] = 5
			m["c"] <<= n
			fmt.Println("map", m["c"])
		}()
	}
}
