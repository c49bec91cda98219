package main

func Zero[T any]() T {
	var z T
	return z
}

func Pair[A, B any](a A, b B) {}

func Same[T any](a, b T) {}

func main() {
	_ = Zero() // ERROR "in call to Zero, cannot infer T (declared at FILE.go:3:11)"
	Same(1, "x") // ERROR "in call to Same, mismatched types untyped int and untyped string (cannot infer T)"
	Pair[int, string, bool](1, "a") // ERROR "got 3 type arguments but want 2"
	f := Zero // ERROR "cannot use generic function Zero without instantiation"
	_ = f
}
