package main

import "fmt"

// A generic sparse vector: map storage with value-receiver methods returning new values.
type Sparse[T ~int | ~float64] struct {
	n    int
	data map[int]T
}

func NewSparse[T ~int | ~float64](n int) Sparse[T] {
	return Sparse[T]{n: n, data: map[int]T{}}
}

func (s Sparse[T]) Set(i int, v T) Sparse[T] {
	if v == 0 {
		delete(s.data, i)
	} else {
		s.data[i] = v
	}
	return s
}

func (s Sparse[T]) Dot(o Sparse[T]) T {
	var t T
	for i, v := range s.data {
		t += v * o.data[i]
	}
	return t
}

func (s Sparse[T]) Dense() []T {
	out := make([]T, s.n)
	for i, v := range s.data {
		out[i] = v
	}
	return out
}

func main() {
	a := NewSparse[int](6).Set(1, 3).Set(4, 2).Set(5, 0)
	b := NewSparse[int](6).Set(1, 2).Set(2, 9).Set(4, 5)
	fmt.Println(a.Dense(), b.Dense(), a.Dot(b))
	f := NewSparse[float64](3).Set(0, 0.5)
	fmt.Println(f.Dense(), f.Dot(f), len(f.data))
}
