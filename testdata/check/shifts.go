package main

func main() {
	var s uint = 2
	var f float64 = 1
	var i int = 1
	a := 1.5 << 2 // ERROR "invalid operation: shifted operand 1.5 (untyped float constant) must be integer"
	b := f << 2 // ERROR "invalid operation: shifted operand f (variable of type float64) must be integer"
	c := i << -1 // ERROR "invalid operation: negative shift count -1 (untyped int constant)"
	d := i << 1.5 // ERROR "1.5 (untyped float constant) truncated to uint"
	var e float64 = 1 << s // ERROR "invalid operation: shifted operand 1 (type float64) must be integer"
	g := 1 << 70 // ERROR "cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in assignment (overflows)"
	h := i << f // ERROR "invalid operation: shift count f (variable of type float64) must be integer"
	var k = 1 << s
	_, _, _, _, _, _, _, _ = a, b, c, d, e, g, h, k
}
