package main

import (
	"fmt"
	"strings"
)

func spiral(n int) [][]int {
	m := make([][]int, n)
	for i := range m {
		m[i] = make([]int, n)
	}
	top, bottom, left, right := 0, n-1, 0, n-1
	v := 1
	for top <= bottom && left <= right {
		for c := left; c <= right; c++ {
			m[top][c] = v
			v++
		}
		top++
		for r := top; r <= bottom; r++ {
			m[r][right] = v
			v++
		}
		right--
		if top <= bottom {
			for c := right; c >= left; c-- {
				m[bottom][c] = v
				v++
			}
			bottom--
		}
		if left <= right {
			for r := bottom; r >= top; r-- {
				m[r][left] = v
				v++
			}
			left++
		}
	}
	return m
}

func rotate(m [][]int) [][]int {
	n := len(m)
	out := make([][]int, n)
	for i := range out {
		out[i] = make([]int, n)
		for j := range out[i] {
			out[i][j] = m[n-1-j][i]
		}
	}
	return out
}

func show(m [][]int) {
	for _, row := range m {
		cells := make([]string, len(row))
		for i, v := range row {
			cells[i] = fmt.Sprintf("%3d", v)
		}
		fmt.Println(strings.Join(cells, ""))
	}
}

func pascal(n int) [][]int {
	rows := [][]int{{1}}
	for i := 1; i < n; i++ {
		prev := rows[i-1]
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = prev[j-1] + prev[j]
		}
		rows = append(rows, row)
	}
	return rows
}

func main() {
	m := spiral(5)
	show(m)
	fmt.Println()
	show(rotate(m))
	for _, r := range pascal(7) {
		fmt.Println(r)
	}
	var diag [4][4]int
	for i := range diag {
		diag[i][i] = i + 1
		diag[i][3-i] += 10
	}
	fmt.Println(diag)
}
