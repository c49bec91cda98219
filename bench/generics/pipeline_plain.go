package main

import "fmt"

func Map(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

// The generic pipeline written for ints only.
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
