package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
)

func Apply[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Double[T ~int | ~float64](x T) T { return x * 2 }

func main() {
	xs := []int{3, 1, 2}
	slices.SortFunc(xs, cmp.Compare)
	fmt.Println(xs)
	fmt.Println(Apply(xs, func(i int) string { return strconv.Itoa(i) }))
	var f func(float64) float64 = Double
	fmt.Println(f(1.5), Apply([]int{1, 2}, Double[int]))
}
