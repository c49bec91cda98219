package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	for a, b := range zip(slices.Values([]int{1, 2, 3}), slices.Values([]string{"a", "b"})) {
		fmt.Println(a, b)
	}
	next, stop := iter.Pull2(maps.All(map[string]int{"k": 1}))
	k, v, ok := next()
	fmt.Println(k, v, ok)
	k, v, ok = next()
	fmt.Println(k, v, ok)
	stop()
	n, s := iter.Pull(slices.Values([]int{7, 8, 9}))
	fmt.Println(n())
	s()
	fmt.Println(n())
}
