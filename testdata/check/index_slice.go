package main

func main() {
	var a [3]int
	var s []int
	var i int
	var str string
	_ = a[3] // ERROR "invalid argument: index 3 out of bounds [0:3]"
	_ = a[-1] // ERROR "invalid argument: index -1 (constant of type int) must not be negative"
	_ = s["x"] // ERROR "cannot convert \"x\" (untyped string constant) to type int"
	_ = i[0] // ERROR "cannot index i (variable of type int)"
	_ = a[1:5] // ERROR "invalid argument: index 5 out of bounds [0:4]"
	_ = str[1:2:3] // ERROR "invalid operation: 3-index slice of string"
	_ = s[2:1] // ERROR "invalid slice indices: 1 < 2"
	_ = i[1:2] // ERROR "cannot slice i (variable of type int)"
	_ = s[1.5] // ERROR "1.5 (untyped float constant) truncated to int"
}
