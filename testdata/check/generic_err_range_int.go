package main

func Count[T ~int | ~uint8](n T) {
	for i := range n { // ERROR "cannot range over n (variable of type T constrained by ~int | ~uint8): int and uint8 have different underlying types"
		_ = i
	}
}

func Loop[T ~int | ~float64](n T) {
	for range n { // ERROR "cannot range over n (variable of type T constrained by ~int | ~float64): int and float64 have different underlying types"
	}
}

func main() {}
