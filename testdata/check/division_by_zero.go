package main

const z = 0

func main() {
	x := 10
	a := x / 0 // ERROR "invalid operation: division by zero"
	b := x % 0 // ERROR "invalid operation: division by zero"
	c := 1 / z // ERROR "invalid operation: division by zero"
	d := 3.0 / 0.0 // ERROR "invalid operation: division by zero"
	var f float64 = 1
	e := f / 0
	x /= 0 // ERROR "invalid operation: division by zero"
	g := x % 0.0 // ERROR "invalid operation: division by zero"
	_, _, _, _, _, _ = a, b, c, d, e, g
}
