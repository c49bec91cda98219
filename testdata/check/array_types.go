package main

func main() {
	n := 3 // ERROR "declared and not used: n"
	var a [n]int // ERROR "invalid array length n"
	var b [-1]int // ERROR "invalid array length -1 (untyped int constant)"
	var c [1.5]int // ERROR "array length 1.5 (untyped float constant) must be integer"
	var d ["x"]int // ERROR "array length \"x\" (untyped string constant) must be integer"
	var e [1 << 70]byte // ERROR "invalid array length 1 << 70 (untyped int constant 1180591620717411303424)"
	const k uint = 2
	var g [k]int
	_, _, _, _, _, _ = a, b, c, d, e, g
}
