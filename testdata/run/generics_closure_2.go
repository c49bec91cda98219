package main

import "fmt"

// Closures declared inside generic functions that are themselves recursive.
func Permutations[T any](xs []T) [][]T {
	var out [][]T
	var rec func(int)
	rec = func(k int) {
		if k == len(xs) {
			cp := make([]T, len(xs))
			copy(cp, xs)
			out = append(out, cp)
			return
		}
		for i := k; i < len(xs); i++ {
			xs[k], xs[i] = xs[i], xs[k]
			rec(k + 1)
			xs[k], xs[i] = xs[i], xs[k]
		}
	}
	rec(0)
	return out
}

func Subsets[T any](xs []T) [][]T {
	if len(xs) == 0 {
		return [][]T{{}}
	}
	rest := Subsets(xs[1:])
	out := rest
	for _, r := range rest {
		s := append([]T{xs[0]}, r...)
		out = append(out, s)
	}
	return out
}

func main() {
	for _, p := range Permutations([]string{"a", "b", "c"}) {
		fmt.Print(p, " ")
	}
	fmt.Println()
	fmt.Println(len(Permutations([]int{1, 2, 3, 4})))
	fmt.Println(Subsets([]int{1, 2, 3}))
}
