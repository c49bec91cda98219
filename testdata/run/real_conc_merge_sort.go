package main

import (
	"fmt"
	"sync"
)

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// parallelSort sorts xs, splitting the work across goroutines down to depth levels.
func parallelSort(xs []int, depth int) []int {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	if depth <= 0 {
		return merge(parallelSort(xs[:mid], 0), parallelSort(xs[mid:], 0))
	}
	var left, right []int
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		left = parallelSort(xs[:mid], depth-1)
	}()
	go func() {
		defer wg.Done()
		right = parallelSort(xs[mid:], depth-1)
	}()
	wg.Wait()
	return merge(left, right)
}

func main() {
	xs := make([]int, 2000)
	seed := uint32(42)
	for i := range xs {
		seed = seed*1664525 + 1013904223
		xs[i] = int(seed % 10000)
	}
	sorted := parallelSort(xs, 4)
	ok := true
	for i := 1; i < len(sorted); i++ {
		if sorted[i-1] > sorted[i] {
			ok = false
		}
	}
	fmt.Println("sorted:", ok, "len:", len(sorted))
	fmt.Println("first:", sorted[:5], "last:", sorted[len(sorted)-3:])
	sum1, sum2 := 0, 0
	for i := range xs {
		sum1 += xs[i]
		sum2 += sorted[i]
	}
	fmt.Println("same elements:", sum1 == sum2)
}
