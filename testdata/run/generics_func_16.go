package main

import "fmt"

// Generic functions with labelled loops, goto-free early exits, and select over channels of T.
func FindPair[T comparable](grid [][]T, x T) (int, int) {
	ri, ci := -1, -1
outer:
	for i, row := range grid {
		for j, v := range row {
			if v == x {
				ri, ci = i, j
				break outer
			}
		}
	}
	return ri, ci
}

func FirstOf[T any](a, b chan T) T {
	select {
	case v := <-a:
		return v
	case v := <-b:
		return v
	}
}

func main() {
	g := [][]string{{"a", "b"}, {"c", "d"}}
	fmt.Println(FindPair(g, "c"))
	fmt.Println(FindPair(g, "z"))
	a, b := make(chan float64), make(chan float64, 1)
	b <- 2.5
	fmt.Println(FirstOf(a, b))
}
