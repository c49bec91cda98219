package main

const (
	A = iota * 1.5
	B
	C
)

const (
	D int8 = iota * 100
	E
	F // ERROR "cannot use iota * 100 (untyped int constant 200) as int8 value in constant declaration (overflows)"
)

var x = iota // ERROR "cannot use iota outside constant declaration"

func main() {
	const (
		G uint = iota - 1 // ERROR "cannot use iota - 1 (untyped int constant -1) as uint value in constant declaration (overflows)"
	)
	_ = x
	var s string = A // ERROR "cannot use A (untyped float constant 0) as string value in variable declaration"
	_ = s
}
