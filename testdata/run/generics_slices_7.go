package main

import (
	"fmt"
	"slices"
)

// slices.Max on an empty slice panics.
func main() {
	fmt.Println(slices.Max([]int{3, 9, 2}))
	var none []float64
	fmt.Println(slices.Max(none))
}
