package main

const x int8 = 100
const u uint = 1

type Small uint8

const s Small = 200

func main() {
	_ = x * 2 // ERROR "x * 2 (constant 200 of type int8) overflows int8"
	_ = u - 2 // ERROR "u - 2 (constant -1 of type uint) overflows uint"
	_ = s + 100 // ERROR "s + 100 (constant 300 of uint8 type Small) overflows uint8"
	_ = -u // ERROR "-u (constant -1 of type uint) overflows uint"
	_ = ^x
	const f float32 = 1e38
	_ = f * 10 // ERROR "f * 10 (constant 1e+39 of type float32) overflows float32"
	var v = x + 1
	_ = v
	_ = 'a' * 1e10 + x // ERROR "'a' * 1e10 (untyped float constant 9.7e+11) truncated to int8"
}
