package main

func Set[T ~int](p *T) {
	*p = 1.5 // ERROR "cannot use 1.5 (untyped float constant) as T value in assignment"
	*p = "x" // ERROR "cannot use \"x\" (untyped string constant) as T value in assignment"
}

func Zero[T any]() T {
	return nil // ERROR "cannot use nil as T value in return statement"
}

func main() {}
