package main

import (
	"fmt"
	"strings"
)

type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := NewMatrix(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if len(m[0]) != len(o) {
		return nil, fmt.Errorf("dimension mismatch: %dx%d * %dx%d", len(m), len(m[0]), len(o), len(o[0]))
	}
	res := NewMatrix(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			var s float64
			for k := range o {
				s += m[i][k] * o[k][j]
			}
			res[i][j] = s
		}
	}
	return res, nil
}

func (m Matrix) Transpose() Matrix {
	t := NewMatrix(len(m[0]), len(m))
	for i, row := range m {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		parts := make([]string, len(row))
		for j, v := range row {
			parts[j] = fmt.Sprintf("%6.1f", v)
		}
		sb.WriteString("[" + strings.Join(parts, " ") + "]\n")
	}
	return sb.String()
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c, err := a.Mul(b)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(c)
	fmt.Print(a.Transpose())
	id := Identity(3)
	d, _ := a.Mul(id)
	fmt.Print(d)
	if _, err := a.Mul(a); err != nil {
		fmt.Println("error:", err)
	}
	var grid [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			grid[i][j] = i*3 + j
		}
	}
	fmt.Println(grid, len(grid))
}
