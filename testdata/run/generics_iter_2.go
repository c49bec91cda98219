package main

import (
	"fmt"
	"iter"
	"slices"
)

// Iterator adapters: Map, Filter, Take over iter.Seq.
func MapSeq[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func FilterSeq[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	evensSquared := MapSeq(FilterSeq(Naturals(), func(i int) bool { return i%2 == 0 }), func(i int) int { return i * i })
	fmt.Println(slices.Collect(Take(evensSquared, 5)))
	labels := MapSeq(slices.Values([]int{3, 1, 2}), func(i int) string { return fmt.Sprint("n", i) })
	for l := range labels {
		fmt.Print(l, " ")
	}
	fmt.Println()
	fmt.Println(len(slices.Collect(Take(Naturals(), 0))))
}
