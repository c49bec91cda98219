package main

func NotGeneric(x int) int { return x }

type Plain struct{}

func main() {
	_ = NotGeneric[int](1) // ERROR "cannot index NotGeneric (value of type func(x int) int)"
	var p Plain[int] // ERROR "invalid operation: Plain[int] (Plain is not a generic type)"
	_ = p
}
