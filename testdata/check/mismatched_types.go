package main

type Celsius float64
type Fahrenheit float64

func main() {
	var i int = 1
	var j int64 = 2
	var s string = "a"
	var c Celsius
	var f Fahrenheit
	_ = i + j // ERROR "invalid operation: i + j (mismatched types int and int64)"
	_ = s + i // ERROR "invalid operation: s + i (mismatched types string and int)"
	_ = c + f // ERROR "invalid operation: c + f (mismatched types Celsius and Fahrenheit)"
	_ = i == j // ERROR "invalid operation: i == j (mismatched types int and int64)"
	_ = s < 1 // ERROR "invalid operation: s < 1 (mismatched types string and untyped int)"
	_ = i && true // ERROR "invalid operation: i && true (mismatched types int and untyped bool)"
	_ = !i // ERROR "invalid operation: operator ! not defined on i (variable of type int)"
	_ = -s // ERROR "invalid operation: operator - not defined on s (variable of type string)"
}
