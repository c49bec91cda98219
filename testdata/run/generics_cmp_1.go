package main

import (
	"cmp"
	"fmt"
	"math"
)

func main() {
	fmt.Println(cmp.Compare(1, 2), cmp.Compare(2, 2), cmp.Compare(3, 2))
	fmt.Println(cmp.Compare("a", "b"), cmp.Less("b", "a"))
	nan := math.NaN()
	fmt.Println(cmp.Compare(nan, 1.0), cmp.Compare(1.0, nan), cmp.Compare(nan, nan))
	fmt.Println(cmp.Less(nan, 0.0), cmp.Less(0.0, nan))
	fmt.Println(cmp.Or(0, 0, 3, 4), cmp.Or("", "dflt"), cmp.Or[int]())
	fmt.Println(cmp.Compare(math.Inf(-1), -1e308))
	type Level int
	fmt.Println(cmp.Compare(Level(3), Level(1)))
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("b", "a"))
}
