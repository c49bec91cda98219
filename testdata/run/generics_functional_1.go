package main

import (
	"fmt"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
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

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	sq := Map(nums, func(n int) int { return n * n })
	odd := Filter(sq, func(n int) bool { return n%2 == 1 })
	sum := Reduce(odd, 0, func(a, n int) int { return a + n })
	fmt.Println(sq)
	fmt.Println(odd, sum)
	words := strings.Fields("the quick brown fox jumps")
	upper := Map(words, strings.ToUpper)
	fmt.Println(upper)
	longest := Reduce(words, "", func(best, w string) string {
		if len(w) > len(best) {
			return w
		}
		return best
	})
	fmt.Println(longest)
	joined := Reduce(Map(nums[:3], func(n int) string { return fmt.Sprint(n) }), "", func(a, s string) string { return a + s + ";" })
	fmt.Println(joined)
}
