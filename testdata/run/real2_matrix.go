package main

import (
	"errors"
	"fmt"
	"strings"
)

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) (Matrix, error) {
	if len(a[0]) != len(b) {
		return nil, errors.New("dimension mismatch")
	}
	out := New(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			var s float64
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			out[i][j] = s
		}
	}
	return out, nil
}

func (a Matrix) Transpose() Matrix {
	t := New(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func (a Matrix) Det() float64 {
	n := len(a)
	m := New(n, n)
	for i := range a {
		copy(m[i], a[i])
	}
	det := 1.0
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if abs(m[r][c]) > abs(m[p][c]) {
				p = r
			}
		}
		if m[p][c] == 0 {
			return 0
		}
		if p != c {
			m[p], m[c] = m[c], m[p]
			det = -det
		}
		det *= m[c][c]
		for r := c + 1; r < n; r++ {
			f := m[r][c] / m[c][c]
			for k := c; k < n; k++ {
				m[r][k] -= f * m[c][k]
			}
		}
	}
	return det
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func (a Matrix) String() string {
	var sb strings.Builder
	for _, row := range a {
		for j, v := range row {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%6.2f", v)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	_, err = a.Mul(a)
	fmt.Println("error:", err)
	fmt.Print(a.Transpose())
	id := Identity(3)
	d, _ := Matrix{{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}}.Mul(id)
	fmt.Print(d)
	fmt.Printf("det=%.3f det=%.3f det=%g\n", d.Det(), Matrix{{1, 2}, {2, 4}}.Det(), Matrix{{0, 1}, {1, 0}}.Det())
	grid := [3][4]int{}
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid, len(grid), len(grid[0]))
}
