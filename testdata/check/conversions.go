package main

type T struct{ a int }
type U struct{ b int }

func main() {
	var s string = "x"
	var f float64 = 1.5
	var p *int
	_ = int(s) // ERROR "cannot convert s (variable of type string) to type int"
	_ = string(f) // ERROR "cannot convert f (variable of type float64) to type string"
	_ = []int(s) // ERROR "cannot convert s (variable of type string) to type []int"
	_ = T(U{}) // ERROR "cannot convert U{} (value of struct type U) to type T"
	_ = int8(300) // ERROR "constant 300 overflows int8"
	_ = uint(-1) // ERROR "constant -1 overflows uint"
	_ = bool(1) // ERROR "cannot convert 1 (untyped int constant) to type bool"
	_ = float32(p) // ERROR "cannot convert p (variable of type *int) to type float32"
	_ = string(1.5) // ERROR "cannot convert 1.5 (untyped float constant) to type string"
}
