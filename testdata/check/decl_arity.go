package main

const p, q = 1, 2, 3 // ERROR "extra init expr 3"

var r, t = 1, 2, 3 // ERROR "extra init expr 3"

var u, v, w = 1, 2 // ERROR "missing init expr for w"

var x int = 1, 2 // ERROR "extra init expr 2"

func main() {
	const a, b = 1, 2, 3 // ERROR "extra init expr 3"
	const c, d, e = 1, 2 // ERROR "missing init expr for e"
	var f, g int = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	var h, i = 1, 2, 3 // ERROR "extra init expr 3"
	_, _, _, _, _, _, _, _ = a, b, c, d, f, g, h, i
}
