package main

import "fmt"

// Comparison with ==/!= on type parameters constrained by a union without comparable.
type Scalar interface {
	~int | ~string | ~float64 | ~bool
}

func Equal[T Scalar](a, b T) bool { return a == b }

func Count[T Scalar](xs []T, x T) int {
	n := 0
	for _, v := range xs {
		if v == x {
			n++
		}
	}
	return n
}

func Distinct[T Scalar](xs []T) int {
	m := map[T]bool{}
	for _, x := range xs {
		m[x] = true
	}
	return len(m)
}

func main() {
	fmt.Println(Equal(1, 1), Equal("a", "b"), Equal(true, true), Equal(0.1+0.2, 0.3))
	fmt.Println(Count([]string{"a", "b", "a"}, "a"), Count([]bool{true}, false))
	fmt.Println(Distinct([]int{1, 2, 2, 3, 3, 3}), Distinct([]float64{}))
}
