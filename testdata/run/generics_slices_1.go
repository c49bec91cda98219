package main

import (
	"fmt"
	"slices"
)

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	slices.Sort(xs)
	fmt.Println(xs)
	i, found := slices.BinarySearch(xs, 8)
	fmt.Println(i, found)
	i, found = slices.BinarySearch(xs, 4)
	fmt.Println(i, found)
	fmt.Println(slices.Contains(xs, 9), slices.Contains(xs, 7))
	fmt.Println(slices.Index(xs, 3), slices.Index(xs, 100))
	fmt.Println(slices.IndexFunc(xs, func(x int) bool { return x > 4 }))
	fmt.Println(slices.Max(xs), slices.Min(xs))
	ws := []string{"pear", "fig", "apple"}
	slices.Sort(ws)
	fmt.Println(ws, slices.Max(ws))
	fs := []float64{2.5, -1, 0}
	slices.Sort(fs)
	fmt.Println(fs, slices.IsSorted(fs))
}
