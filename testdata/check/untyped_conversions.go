package main

func main() {
	var i int = 1.5 // ERROR "cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)"
	var f float64 = "x" // ERROR "cannot use \"x\" (untyped string constant) as float64 value in variable declaration"
	var s string = 1 // ERROR "cannot use 1 (untyped int constant) as string value in variable declaration"
	var b bool = 1 // ERROR "cannot use 1 (untyped int constant) as bool value in variable declaration"
	var r rune = 1.25 // ERROR "cannot use 1.25 (untyped float constant) as rune value in variable declaration (truncated)"
	var u uint = 2.0
	var c complex128 = 1 + 2i
	var n int = 3 + 0i
	var m int = 1 + 1i // ERROR "cannot use 1 + 1i (untyped complex constant (1 + 1i)) as int value in variable declaration (truncated)"
	_, _, _, _, _, _, _, _, _ = i, f, s, b, r, u, c, n, m
}
