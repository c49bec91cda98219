package main

import (
	"fmt"
	"strings"
)

func filter(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func chunk(xs []int, n int) [][]int {
	var out [][]int
	for n < len(xs) {
		xs, out = xs[n:], append(out, xs[:n:n])
	}
	return append(out, xs)
}

func dedup(xs []string) []string {
	seen := make(map[string]struct{})
	out := xs[:0]
	for _, x := range xs {
		if _, ok := seen[x]; ok {
			continue
		}
		seen[x] = struct{}{}
		out = append(out, x)
	}
	return out
}

func main() {
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := filter(xs, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens, reduce(evens, 0, func(a, b int) int { return a + b }))
	fmt.Println(chunk(xs, 3))
	fmt.Println(dedup(strings.Split("a b a c b d", " ")))
	s := make([]int, 3, 10)
	fmt.Println(len(s), cap(s), s)
	s = append(s, 1, 2)
	t := s[1:3]
	t[0] = 99
	fmt.Println(s, t, len(t), cap(t))
	var nilS []int
	fmt.Println(nilS == nil, len(nilS), append(nilS, 1))
	copy(xs, xs[5:])
	fmt.Println(xs)
	xs = append(xs[:2], xs[3:]...)
	fmt.Println(xs, len(xs))
}
