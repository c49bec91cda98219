package main

import "fmt"

// Generic types with array fields sized by constants and comparable instances.
type Vec[T ~int | ~float64] [3]T

func (v Vec[T]) Add(o Vec[T]) Vec[T] {
	for i := range v {
		v[i] += o[i]
	}
	return v
}

func (v Vec[T]) Dot(o Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * o[i]
	}
	return s
}

type Key[T comparable] struct {
	A, B T
}

func main() {
	a := Vec[int]{1, 2, 3}
	b := Vec[int]{4, 5, 6}
	fmt.Println(a.Add(b), a, a.Dot(b))
	fmt.Println(a == Vec[int]{1, 2, 3}, a == b)
	f := Vec[float64]{0.5}
	fmt.Println(f.Add(f), f.Dot(f))
	seen := map[Key[string]]int{}
	seen[Key[string]{"a", "b"}]++
	seen[Key[string]{"a", "b"}]++
	seen[Key[string]{"b", "a"}]++
	fmt.Println(seen[Key[string]{"a", "b"}], len(seen))
}
