package main

import "fmt"

// Type parameter names shadowing predeclared and package-level names.
type T struct{ x int }

func Ident[int any](v int) int { return v }

func Wrap[T any](v T) []T { return []T{v} }

func Outer[string any](s string) string {
	var z string
	_ = z
	return s
}

func main() {
	fmt.Println(Ident("not an int"))
	fmt.Println(Wrap(T{1}), Wrap(3))
	fmt.Println(Outer(2.5))
	var t T
	fmt.Println(t)
}
