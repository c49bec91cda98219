package main

import "fmt"

var _ = 1 << 70 // ERROR "cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in variable declaration (overflows)"

func main() {
	_ = 1 << 70 // ERROR "cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in assignment to _ identifier (overflows)"
	_, _ = 2.5e400, 1 // ERROR "cannot use 2.5e400 (untyped float constant 2.5e+400) as float64 value in multiple assignment (overflows)"
	var _ = 'a' << 40 // ERROR "cannot use 'a' << 40 (untyped rune constant 106652627894272) as rune value in variable declaration (overflows)"
	_ = 1e400 // ERROR "cannot use 1e400 (untyped float constant 1e+400) as float64 value in assignment to _ identifier (overflows)"
	_ = -1 << 63
	_ = 1 << 63 // ERROR "cannot use 1 << 63 (untyped int constant 9223372036854775808) as int value in assignment to _ identifier (overflows)"
	var b rune = 'a' << 40 // ERROR "cannot use 'a' << 40 (untyped rune constant 106652627894272) as rune value in variable declaration (overflows)"
	c := 'a' << 40 // ERROR "cannot use 'a' << 40 (untyped rune constant 106652627894272) as rune value in assignment (overflows)"
	var c2 int
	c2, _ = 1 << 70, 3 // ERROR "cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in multiple assignment (overflows)"
	const big = 'a' << 40
	fmt.Println(b, c, c2, big>>30, 2.0<<3, 'x'<<2)
}
