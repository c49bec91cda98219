package main

import "fmt"

// GroupBy and Chunk with deterministic output (keys kept in first-seen order).
type Group[K comparable, T any] struct {
	Key   K
	Items []T
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) []Group[K, T] {
	idx := map[K]int{}
	var gs []Group[K, T]
	for _, x := range xs {
		k := key(x)
		i, ok := idx[k]
		if !ok {
			i = len(gs)
			idx[k] = i
			gs = append(gs, Group[K, T]{Key: k})
		}
		gs[i].Items = append(gs[i].Items, x)
	}
	return gs
}

func Chunk[T any](xs []T, n int) [][]T {
	var out [][]T
	for len(xs) > n {
		out = append(out, xs[:n:n])
		xs = xs[n:]
	}
	if len(xs) > 0 {
		out = append(out, xs)
	}
	return out
}

func main() {
	words := []string{"apple", "bob", "avocado", "cat", "banana", "axe"}
	for _, g := range GroupBy(words, func(s string) byte { return s[0] }) {
		fmt.Printf("%c %v\n", g.Key, g.Items)
	}
	byLen := GroupBy([]int{1, 22, 333, 4, 55}, func(i int) bool { return i < 10 })
	fmt.Printf("%+v\n", byLen)
	fmt.Println(Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3), len(Chunk([]string{}, 2)))
}
