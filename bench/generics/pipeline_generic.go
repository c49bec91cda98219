package main

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

// A Map/Filter/Reduce pipeline over 1,000,000 ints, 5 rounds.
func main() {
	xs := make([]int, 1000000)
	for i := range xs {
		xs[i] = i
	}
	total := 0
	for r := 0; r < 5; r++ {
		sq := Map(xs, func(x int) int { return x * x % 1000 })
		ev := Filter(sq, func(x int) bool { return x%2 == 0 })
		total += Reduce(ev, 0, func(a, x int) int { return a + x })
	}
	fmt.Println(total)
}
