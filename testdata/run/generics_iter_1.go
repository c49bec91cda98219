package main

import (
	"fmt"
	"iter"
)

// Range over generic iterator functions returning iter.Seq / iter.Seq2.
func Count[T int | float64](start, step T, n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		v := start
		for i := 0; i < n; i++ {
			if !yield(v) {
				return
			}
			v += step
		}
	}
}

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func main() {
	for v := range Count(1, 2, 5) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range Count(0.5, 0.25, 10) {
		if v > 1.2 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, s := range Enumerate([]string{"a", "b", "c"}) {
		if i == 1 {
			continue
		}
		fmt.Println(i, s)
	}
}
