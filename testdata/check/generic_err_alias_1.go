package main

type Box[T any] struct{ v T }

type B = Box // ERROR "cannot use generic type Box[T any] without instantiation"

type IntBox = Box[int]

func main() {
	var x IntBox[string] // ERROR "invalid operation: IntBox[string] (IntBox is not a generic type)"
	_ = x
}
