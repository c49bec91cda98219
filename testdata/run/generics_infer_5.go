package main

import "fmt"

// Inference of a generic function passed as an argument (Go 1.21 reverse inference).
func Apply[T any](xs []T, f func(T) T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Double[T ~int | ~float64](x T) T { return x * 2 }

func Negate[T ~int | ~float64](x T) T { return -x }

func main() {
	fmt.Println(Apply([]int{1, 2, 3}, Double))
	fmt.Println(Apply([]float64{0.5}, Negate))
	var f func(int) int = Double
	fmt.Println(f(21))
}
