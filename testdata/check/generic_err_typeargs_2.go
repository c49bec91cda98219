package main

type Map[K comparable, V any] map[K]V

type Box[T any] struct{ v T }

func main() {
	var a Map[string] // ERROR "not enough type arguments for type Map: have 1, want 2"
	var b Box[int, int] // ERROR "too many type arguments for type Box: have 2, want 1"
	var c Map[string, int, bool] // ERROR "too many type arguments for type Map: have 3, want 2"
	_, _, _ = a, b, c
}
