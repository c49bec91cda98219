package main

import (
	"fmt"
	"math"
)

func main() {
	a, b, c := 3, -7, 12
	fmt.Println(min(a, b, c), max(a, b, c), min(a), max(b, 0))
	var u1, u2 uint8 = 200, 100
	fmt.Println(min(u1, u2), max(u1, u2))
	x, y := 2.5, -0.5
	fmt.Println(min(x, y), max(x, y, 1))
	nan := math.NaN()
	fmt.Println(min(x, nan), max(nan, y))
	negz := math.Copysign(0, -1)
	fmt.Println(1/min(0.0, negz), 1/max(negz, 0.0))
	s1, s2 := "pear", "apple"
	fmt.Println(min(s1, s2), max(s1, s2, "zoo"))
	const k = max(1, 5, 3)
	fmt.Println(k, min(2.0, 1))
}
