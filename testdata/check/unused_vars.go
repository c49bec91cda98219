package main

func f() int {
	a := 1 // ERROR "declared and not used: a"
	var b int // ERROR "declared and not used: b"
	c, d := 1, 2 // ERROR "declared and not used: d"
	_ = c
	for i := 0; i < 3; i++ {
		e := i // ERROR "declared and not used: e"
	}
	func() {
		g := 2 // ERROR "declared and not used: g"
	}()
	var h = 3 // ERROR "declared and not used: h"
	h = 4
	return 0
}

func main() {
	x := 1
	x++
	f()
}
