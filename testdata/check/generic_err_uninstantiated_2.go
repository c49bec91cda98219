package main

type Box[T any] struct{ v T }

type Wrapper struct {
	b Box // ERROR "cannot use generic type Box[T any] without instantiation"
}

func Get(b Box) int { return 0 } // ERROR "cannot use generic type Box[T any] without instantiation"

func main() {
	var x Box // ERROR "cannot use generic type Box[T any] without instantiation"
	_ = x
}
