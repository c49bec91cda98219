package main

import (
	"fmt"
	"slices"
)

// slices.Sort of 1,000,000 pseudo-random ints.
func main() {
	const n = 1000000
	xs := make([]int, n)
	x := uint32(12345)
	for i := range xs {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		xs[i] = int(x % 1000000)
	}
	slices.Sort(xs)
	fmt.Println(xs[0], xs[n/2], xs[n-1], slices.IsSorted(xs))
}
