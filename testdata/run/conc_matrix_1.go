package main

import (
	"fmt"
	"sync"
)

// Parallel matrix product: one goroutine per result row, each writing its own row.
func mul(a, b [][]int) [][]int {
	n, m, p := len(a), len(b), len(b[0])
	c := make([][]int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		c[i] = make([]int, p)
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < p; j++ {
				s := 0
				for k := 0; k < m; k++ {
					s += a[i][k] * b[k][j]
				}
				c[i][j] = s
			}
		}(i)
	}
	wg.Wait()
	return c
}

func main() {
	a := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}, {1, 0, 1}}
	b := [][]int{{1, 0}, {0, 1}, {2, -1}}
	for _, row := range mul(a, b) {
		fmt.Println(row)
	}
	id := [][]int{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	fmt.Println(mul(a, id))
	// Powers of a 2x2 Fibonacci matrix, each computed concurrently from the last.
	f := [][]int{{1, 1}, {1, 0}}
	r := f
	for i := 0; i < 10; i++ {
		r = mul(r, f)
	}
	fmt.Println("fib:", r[0][1])
}
