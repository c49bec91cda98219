package main

func Sum[T any](xs []T) T {
	var s T
	for _, x := range xs {
		s += x // ERROR "invalid operation: operator + not defined on s (variable of type T constrained by any)"
	}
	return s
}

func Less[T comparable](a, b T) bool { return a < b } // ERROR "invalid operation: a < b (type parameter T cannot use operator <)"

func main() {}
