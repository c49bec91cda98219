package main

import "fmt"

// Failed type assertion on a type-parameter value converted to any.
func As[T any](x any) T { return x.(T) }

func main() {
	fmt.Println(As[int](3))
	s, ok := any("x").(string)
	fmt.Println(s, ok)
	fmt.Println(As[string](3))
}
