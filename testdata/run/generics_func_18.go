package main

import "fmt"

// Mutually recursive generic functions and defer with type-parameter arguments.
func Even[T ~int | ~uint](n T) bool {
	if n == 0 {
		return true
	}
	return Odd(n - 1)
}

func Odd[T ~int | ~uint](n T) bool {
	if n == 0 {
		return false
	}
	return Even(n - 1)
}

func Trace[T any](name string, v T) T {
	defer fmt.Println("leave", name, v)
	fmt.Println("enter", name, v)
	return v
}

func main() {
	fmt.Println(Even(10), Odd(7), Even(uint(3)))
	x := Trace("a", 1.5)
	y := Trace("b", []string{"q"})
	fmt.Println(x, y)
}
