package main

func F[T any](x T) {
	var _ = T.foo // ERROR "T.foo undefined (type T has no field or method foo)"
	_ = x.(int) // ERROR "invalid operation: cannot use type assertion on type parameter value x (variable of type T constrained by any)"
}

func main() {}
