package main

import (
	"fmt"
	"sort"
)

// GroupBy, Uniq, Chunk, Partition.
func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	g := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		g[k] = append(g[k], x)
	}
	return g
}

func Uniq[T comparable](xs []T) []T {
	seen := make(map[T]bool)
	var out []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func Chunk[T any](xs []T, n int) [][]T {
	var out [][]T
	for n < len(xs) {
		xs, out = xs[n:], append(out, xs[:n:n])
	}
	return append(out, xs)
}

func Partition[T any](xs []T, pred func(T) bool) (yes, no []T) {
	for _, x := range xs {
		if pred(x) {
			yes = append(yes, x)
		} else {
			no = append(no, x)
		}
	}
	return
}

func main() {
	words := []string{"apple", "avocado", "banana", "blueberry", "cherry", "apple"}
	g := GroupBy(words, func(s string) byte { return s[0] })
	keys := make([]int, 0)
	for k := range g {
		keys = append(keys, int(k))
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Println(string(rune(k)), g[byte(k)])
	}
	fmt.Println(Uniq(words))
	fmt.Println(Uniq([]int{3, 1, 3, 2, 1}))
	fmt.Println(Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3))
	fmt.Println(Chunk([]string{"a"}, 2))
	even, odd := Partition([]int{1, 2, 3, 4, 5}, func(i int) bool { return i%2 == 0 })
	fmt.Println(even, odd)
	byLen := GroupBy([]string{"a", "bb", "c"}, func(s string) int { return len(s) })
	fmt.Println(byLen[1], byLen[2], len(byLen[3]))
}
