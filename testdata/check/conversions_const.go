package main

type MyInt int8

const big = 1 << 40

func main() {
	_ = int(1.5) // ERROR "cannot convert 1.5 (untyped float constant) to type int"
	_ = int8(1000.0) // ERROR "cannot convert 1000.0 (untyped float constant 1000) to type int8"
	_ = float32(1e300) // ERROR "cannot convert 1e300 (untyped float constant 1e+300) to type float32"
	_ = uint8(-1.0) // ERROR "cannot convert -1.0 (untyped float constant -1) to type uint8"
	_ = MyInt(200) // ERROR "constant 200 overflows MyInt"
	_ = int32(big) // ERROR "constant 1099511627776 overflows int32"
	_ = string(true) // ERROR "cannot convert true (untyped bool constant) to type string"
	const c int64 = 5000
	_ = int8(c) // ERROR "constant 5000 overflows int8"
	_ = bool("x") // ERROR "cannot convert \"x\" (untyped string constant) to type bool"
}
