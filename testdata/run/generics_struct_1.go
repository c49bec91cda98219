package main

import "fmt"

// Generic struct with array and map fields of type parameters.
type Matrix[T ~int | ~float64] struct {
	rows, cols int
	data       []T
}

func NewMatrix[T ~int | ~float64](r, c int) Matrix[T] {
	return Matrix[T]{rows: r, cols: c, data: make([]T, r*c)}
}

func (m Matrix[T]) At(i, j int) T     { return m.data[i*m.cols+j] }
func (m Matrix[T]) Set(i, j int, v T) { m.data[i*m.cols+j] = v }

func (m Matrix[T]) Mul(o Matrix[T]) Matrix[T] {
	r := NewMatrix[T](m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s T
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, s)
		}
	}
	return r
}

func main() {
	a := NewMatrix[int](2, 2)
	a.Set(0, 0, 1)
	a.Set(0, 1, 2)
	a.Set(1, 0, 3)
	a.Set(1, 1, 4)
	b := a.Mul(a)
	fmt.Println(b.data)
	f := NewMatrix[float64](1, 1)
	f.Set(0, 0, 0.5)
	fmt.Println(f.Mul(f).data)
	fmt.Printf("%+v\n", NewMatrix[int](1, 2))
}
