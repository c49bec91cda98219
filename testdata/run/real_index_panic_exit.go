package main

import (
	"fmt"
	"strings"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

func New(r, c int) *Matrix { return &Matrix{r, c, make([]float64, r*c)} }

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m *Matrix) String() string {
	var sb strings.Builder
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%4.1f", m.At(i, j))
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	m := New(2, 3)
	for i := 0; i < 2; i++ {
		for j := 0; j < 3; j++ {
			m.Set(i, j, float64(i*3+j)/2)
		}
	}
	fmt.Print(m)
	var words []string
	for i := 0; i < 3; i++ {
		words = append(words, strings.Repeat("ab", i))
	}
	fmt.Println(words, len(words))
	fmt.Println(m.At(1, 2))
	fmt.Println(m.At(2, 0))
}
