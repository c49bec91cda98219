package main

type List[T any] struct{ items []T }

type Pair[K comparable, V any] struct {
	k K
	v V
}

func main() {
	var a List // ERROR "cannot use generic type List[T any] without instantiation"
	var b Pair[int] // ERROR "not enough type arguments for type Pair: have 1, want 2"
	var c Pair[[]int, int] // ERROR "[]int does not satisfy comparable"
	var d int[string] // ERROR "invalid operation: int[string] (int is not a generic type)"
	_, _, _, _ = a, b, c, d
}
