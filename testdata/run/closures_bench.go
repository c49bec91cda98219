package main

import "fmt"

// Higher-order functions and captured state (the closures benchmark, smaller).
func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func filter(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func fold(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func adder(k int) func(int) int {
	return func(x int) int { return x + k }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 0 }
}

func main() {
	xs := make([]int, 100)
	for i := range xs {
		xs[i] = i
	}
	inc, reset := counter()
	total := 0
	for round := 0; round < 50; round++ {
		f := compose(adder(round), func(x int) int { return x * 3 })
		ys := mapInts(xs, f)
		zs := filter(ys, func(y int) bool { return y%2 == 0 })
		total += fold(zs, 0, func(a, b int) int { return a + b%1000 })
		inc()
		if round%10 == 9 {
			reset()
		}
	}
	fmt.Println("closures checksum:", total, inc())
}
