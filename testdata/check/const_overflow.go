package main

const big = 1 << 100

func main() {
	var a int8 = 128 // ERROR "cannot use 128 (untyped int constant) as int8 value in variable declaration (overflows)"
	var b uint8 = -1 // ERROR "cannot use -1 (untyped int constant) as uint8 value in variable declaration (overflows)"
	var c int = big // ERROR "cannot use big (untyped int constant 1267650600228229401496703205376) as int value in variable declaration (overflows)"
	var d uint16 = 70000 // ERROR "cannot use 70000 (untyped int constant) as uint16 value in variable declaration (overflows)"
	const e int32 = 1 << 31 // ERROR "cannot use 1 << 31 (untyped int constant 2147483648) as int32 value in constant declaration (overflows)"
	var f byte = 'a' + 200 // ERROR "cannot use 'a' + 200 (untyped rune constant 297) as byte value in variable declaration (overflows)"
	var g int64 = big >> 30 // ERROR "cannot use big >> 30 (untyped int constant 1180591620717411303424) as int64 value in variable declaration (overflows)"
	var h float32 = 1e40 // ERROR "cannot use 1e40 (untyped float constant 1e+40) as float32 value in variable declaration (overflows)"
	_, _, _, _, _, _, _ = a, b, c, d, f, g, h
	_ = e
}
