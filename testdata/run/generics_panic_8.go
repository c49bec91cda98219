package main

import "fmt"

// Stack underflow panics with a custom message from a generic method.
type Stack[T any] struct{ xs []T }

func (s *Stack[T]) Push(x T) { s.xs = append(s.xs, x) }

func (s *Stack[T]) Pop() T {
	if len(s.xs) == 0 {
		panic(fmt.Sprintf("pop from empty %T", s))
	}
	x := s.xs[len(s.xs)-1]
	s.xs = s.xs[:len(s.xs)-1]
	return x
}

func main() {
	var s Stack[int]
	s.Push(1)
	fmt.Println(s.Pop())
	defer fmt.Println("deferred runs")
	fmt.Println(s.Pop())
}
