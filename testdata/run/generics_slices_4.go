package main

import (
	"fmt"
	"maps"
	"slices"
)

// Iterator-based slices functions: All, Values, Collect, Sorted, Chunk, Backward.
func main() {
	xs := []string{"c", "a", "b"}
	for i, v := range slices.All(xs) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for v := range slices.Values(xs) {
		fmt.Print(v)
	}
	fmt.Println()
	fmt.Println(slices.Collect(slices.Values(xs)))
	fmt.Println(slices.Sorted(slices.Values(xs)))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(c, len(c), cap(c), " ")
	}
	fmt.Println()
	for i, v := range slices.Backward(xs) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Collect(maps.Values(m))
	slices.Sort(vals)
	fmt.Println(vals)
	s := slices.AppendSeq([]string{"start"}, slices.Values(xs))
	fmt.Println(s)
}
