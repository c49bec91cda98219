package main

import "fmt"

// Fold-based helpers with explicit type arguments and functions as values.
func Fold[T, A any](xs []T, z A, f func(A, T) A) A {
	for _, x := range xs {
		z = f(z, x)
	}
	return z
}

func Sum[T ~int | ~float64](a, b T) T { return a + b }

func Count[T any](n int, _ T) int { return n + 1 }

func MaxOf[T ~int | ~float64](a, b T) T {
	if b > a {
		return b
	}
	return a
}

func main() {
	ints := []int{4, 8, 15, 16, 23, 42}
	fmt.Println(Fold(ints, 0, Sum[int]))
	fmt.Println(Fold(ints, 0, Count[int]))
	fmt.Println(Fold(ints, ints[0], MaxOf[int]))
	fs := []float64{0.5, 1.25}
	fmt.Println(Fold(fs, 0.0, Sum[float64]))
	fmt.Println(Fold[string, int]([]string{"a", "b"}, 10, Count[string]))
}
