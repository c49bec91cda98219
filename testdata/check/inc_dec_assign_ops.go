package main

func main() {
	var s string
	var b bool
	var p *int
	var f float64
	s++ // ERROR "invalid operation: s++ (non-numeric type string)"
	b-- // ERROR "invalid operation: b-- (non-numeric type bool)"
	p++ // ERROR "invalid operation: p++ (non-numeric type *int)"
	f++
	s += 1 // ERROR "invalid operation: s += 1 (mismatched types string and untyped int)"
	b += true // ERROR "invalid operation: operator + not defined on b (variable of type bool)"
	1++ // ERROR "cannot assign to 1 (neither addressable nor a map index expression)"
	s -= "x" // ERROR "invalid operation: operator - not defined on s (variable of type string)"
	var i int
	i += "a" // ERROR "invalid operation: i += \"a\" (mismatched types int and untyped string)"
}
