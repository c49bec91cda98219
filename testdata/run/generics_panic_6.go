package main

import "fmt"

// Comparing uncomparable dynamic values through a comparable type parameter panics.
func Eq[T comparable](a, b T) bool { return a == b }

func main() {
	fmt.Println(Eq(1, 1), Eq[any](1, "1"))
	var a, b any = []int{1}, []int{1}
	fmt.Println(Eq(a, b))
}
