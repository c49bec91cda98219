package main

import "fmt"

// Generic interfaces returning T; implementations as generic and plain types.
type Source[T any] interface {
	Next() (T, bool)
}

type sliceSource[T any] struct {
	xs []T
	i  int
}

func (s *sliceSource[T]) Next() (T, bool) {
	if s.i >= len(s.xs) {
		var z T
		return z, false
	}
	s.i++
	return s.xs[s.i-1], true
}

type countdown struct{ n int }

func (c *countdown) Next() (int, bool) {
	if c.n == 0 {
		return 0, false
	}
	c.n--
	return c.n + 1, true
}

func Drain[T any](s Source[T]) []T {
	var out []T
	for {
		v, ok := s.Next()
		if !ok {
			return out
		}
		out = append(out, v)
	}
}

func main() {
	fmt.Println(Drain[string](&sliceSource[string]{xs: []string{"a", "b"}}))
	fmt.Println(Drain[int](&countdown{3}))
	var src Source[int] = &sliceSource[int]{xs: []int{7}}
	fmt.Println(Drain(src))
}
