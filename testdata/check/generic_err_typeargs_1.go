package main

func Pair[A, B any](a A, b B) {}

func One[T any](x T) {}

func main() {
	Pair[int, string, bool](1, "a") // ERROR "got 3 type arguments but want 2"
	One[int, int](1) // ERROR "got 2 type arguments but want 1"
	var f = One[int, string] // ERROR "got 2 type arguments but want 1"
	_ = f
}
