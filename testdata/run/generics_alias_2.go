package main

import (
	"fmt"
	"iter"
)

// Aliases of generic types used as constraint and in function signatures.
type Seq[T any] = iter.Seq[T]

type Numeric interface{ ~int | ~float64 }
type Num = Numeric

func Sum[T Num](s Seq[T]) T {
	var t T
	for v := range s {
		t += v
	}
	return t
}

func Of[T any](xs ...T) Seq[T] {
	return func(yield func(T) bool) {
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

type Set[K comparable] = map[K]bool

func main() {
	fmt.Println(Sum(Of(1, 2, 3)), Sum(Of(0.5, 0.25)))
	s := Set[string]{"a": true}
	s["b"] = true
	fmt.Println(len(s), s["a"], s["z"])
}
