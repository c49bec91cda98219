package main

import (
	"errors"
	"fmt"
	"math"
)

type Mat [][]float64

var ErrSingular = errors.New("matrix is singular")

func (m Mat) Clone() Mat {
	c := make(Mat, len(m))
	for i := range m {
		c[i] = append([]float64(nil), m[i]...)
	}
	return c
}

func (m Mat) Det() float64 {
	a := m.Clone()
	n := len(a)
	det := 1.0
	for col := 0; col < n; col++ {
		pivot := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a[r][col]) > math.Abs(a[pivot][col]) {
				pivot = r
			}
		}
		if a[pivot][col] == 0 {
			return 0
		}
		if pivot != col {
			a[pivot], a[col] = a[col], a[pivot]
			det = -det
		}
		det *= a[col][col]
		for r := col + 1; r < n; r++ {
			f := a[r][col] / a[col][col]
			for c := col; c < n; c++ {
				a[r][c] -= f * a[col][c]
			}
		}
	}
	return det
}

func (m Mat) Solve(b []float64) ([]float64, error) {
	if m.Det() == 0 {
		return nil, ErrSingular
	}
	n := len(m)
	a := m.Clone()
	x := append([]float64{}, b...)
	for col := 0; col < n; col++ {
		for r := col + 1; r < n; r++ {
			f := a[r][col] / a[col][col]
			for c := col; c < n; c++ {
				a[r][c] -= f * a[col][c]
			}
			x[r] -= f * x[col]
		}
	}
	for r := n - 1; r >= 0; r-- {
		for c := r + 1; c < n; c++ {
			x[r] -= a[r][c] * x[c]
		}
		x[r] /= a[r][r]
	}
	return x, nil
}

func main() {
	m := Mat{{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}}
	fmt.Printf("det = %.3f\n", m.Det())
	x, err := m.Solve([]float64{8, -11, -3})
	if err != nil {
		fmt.Println(err)
	}
	for i, v := range x {
		fmt.Printf("x%d = %.3f\n", i, v)
	}
	s := Mat{{1, 2}, {2, 4}}
	if _, err := s.Solve([]float64{1, 1}); errors.Is(err, ErrSingular) {
		fmt.Println("singular:", err)
	}
	fmt.Println(m[0], math.Max(3, 7), math.Min(3, 7), math.Pow(2, 10), math.Inf(1))
}
