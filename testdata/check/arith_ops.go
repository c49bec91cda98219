package main

func main() {
	var f float64 = 1
	var s string = "a"
	var b bool
	var i int
	_ = f % 2 // ERROR "invalid operation: operator % not defined on f (variable of type float64)"
	_ = f & 1 // ERROR "invalid operation: operator & not defined on f (variable of type float64)"
	_ = s - "b" // ERROR "invalid operation: operator - not defined on s (variable of type string)"
	_ = b + b // ERROR "invalid operation: operator + not defined on b (variable of type bool)"
	_ = ^f // ERROR "invalid operation: operator ^ not defined on f (variable of type float64)"
	_ = i &^ f // ERROR "invalid operation: i &^ f (mismatched types int and float64)"
	_ = 1.5 % 1 // ERROR "invalid operation: operator % not defined on 1.5 (untyped float constant)"
	_ = "a" * 2 // ERROR "invalid operation: \"a\" * 2 (mismatched types untyped string and untyped int)"
	_ = s | s // ERROR "invalid operation: operator | not defined on s (variable of type string)"
}
