package main

import "fmt"

// Closures inside generic methods capturing the receiver.
type Stream[T any] struct{ xs []T }

func (s *Stream[T]) Each() func() (T, bool) {
	i := 0
	return func() (T, bool) {
		if i >= len(s.xs) {
			var z T
			return z, false
		}
		i++
		return s.xs[i-1], true
	}
}

func (s *Stream[T]) Adder() func(T) int {
	return func(x T) int {
		s.xs = append(s.xs, x)
		return len(s.xs)
	}
}

func main() {
	s := &Stream[string]{}
	add := s.Adder()
	add("a")
	add("b")
	fmt.Println(add("c"))
	next := s.Each()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, ";")
	}
	fmt.Println()
	n := &Stream[int]{xs: []int{5}}
	it := n.Each()
	v, ok := it()
	v2, ok2 := it()
	fmt.Println(v, ok, v2, ok2)
}
