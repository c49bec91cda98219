package main

import "fmt"

// Untyped constants as arguments to inferred type parameters.
func Max[T int | int64 | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Scale[T ~int | ~float64](x T, k T) T { return x * k }

type Meters float64

func main() {
	fmt.Println(Max(3, 7))
	fmt.Println(Max(2.5, 1))
	fmt.Println(Max(1, 2.5))
	fmt.Println(Max("pear", "apple"))
	var m Meters = 3
	fmt.Println(Scale(m, 2))
	fmt.Printf("%T\n", Scale(m, 2))
	fmt.Printf("%T %T\n", Max(1, 2), Max(1.0, 2))
	var big int64 = 1 << 40
	fmt.Println(Max(big, 5))
}
