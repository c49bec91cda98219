package main

import "fmt"

// Equality of generic struct instances and generic types as map keys.
type Point[T ~int | ~float64] struct{ X, Y T }

func (p Point[T]) Add(o Point[T]) Point[T] { return Point[T]{p.X + o.X, p.Y + o.Y} }

func Origin[T ~int | ~float64]() Point[T] { return Point[T]{} }

func main() {
	a := Point[int]{1, 2}
	b := Point[int]{1, 2}
	fmt.Println(a == b, a != b.Add(b), a.Add(b) == Point[int]{2, 4})
	fmt.Println(Origin[float64]() == Point[float64]{}, Origin[int]())
	visits := map[Point[int]]int{}
	for _, p := range []Point[int]{{0, 0}, {1, 1}, {0, 0}} {
		visits[p]++
	}
	fmt.Println(visits[Point[int]{0, 0}], visits[Point[int]{1, 1}], len(visits))
	var ptr *Point[int]
	fmt.Println(ptr == nil, ptr)
	ptr = &a
	ptr.X = 9
	fmt.Println(a, *ptr)
}
