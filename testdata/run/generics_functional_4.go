package main

import (
	"fmt"
	"sort"
	"strings"
)

// Word frequency with generic helpers and sort.Slice.
type Entry[K comparable, V any] struct {
	K K
	V V
}

func Entries[K comparable, V any](m map[K]V) []Entry[K, V] {
	out := make([]Entry[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Entry[K, V]{k, v})
	}
	return out
}

func Frequencies[T comparable](xs []T) map[T]int {
	m := map[T]int{}
	for _, x := range xs {
		m[x]++
	}
	return m
}

func TopN[K comparable](m map[K]int, n int, less func(a, b K) bool) []Entry[K, int] {
	es := Entries(m)
	sort.Slice(es, func(i, j int) bool {
		if es[i].V != es[j].V {
			return es[i].V > es[j].V
		}
		return less(es[i].K, es[j].K)
	})
	if len(es) > n {
		es = es[:n]
	}
	return es
}

func main() {
	text := "the cat and the dog and the bird saw a cat"
	freq := Frequencies(strings.Fields(text))
	for _, e := range TopN(freq, 3, func(a, b string) bool { return a < b }) {
		fmt.Println(e.K, e.V)
	}
	nums := Frequencies([]int{3, 1, 3, 2, 1, 3})
	fmt.Println(TopN(nums, 5, func(a, b int) bool { return a < b }))
}
