package main

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs []T) T {
	var s T
	return s
}

type MyStr string

func main() {
	_ = Sum([]MyStr{"a"}) // ERROR "MyStr does not satisfy Number (MyStr missing in ~int | ~float64)"
	_ = Sum([]int8{1}) // ERROR "int8 does not satisfy Number (int8 missing in ~int | ~float64)"
	_ = Sum[uint] // ERROR "uint does not satisfy Number (uint missing in ~int | ~float64)"
}
