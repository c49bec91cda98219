package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{0, 1, -1, 0.75, 8, 1e300, -3.5e-310, 5e-324, math.Inf(1), math.NaN(), math.Copysign(0, -1)} {
		fr, e := math.Frexp(x)
		fmt.Println(x, fr, e, math.Ldexp(fr, e), math.Logb(x), math.Ilogb(x))
	}
	fmt.Println(math.Ldexp(1, 1024), math.Ldexp(-1, 1024), math.Ldexp(1, -1075), math.Ldexp(1, -1074), math.Ldexp(3, -1075), math.Ldexp(0.5, -1073))
	fmt.Println(math.Nextafter(1, 2), math.Nextafter(1, 0), math.Nextafter(0, -1), math.Nextafter(2, 2), math.Nextafter(math.NaN(), 1))
	fmt.Println(math.Nextafter32(1, 2), math.Nextafter32(0, 1), math.Nextafter32(-1, 0))
	for _, n := range []int{0, 1, 22, 23, 100, 308, 309, -1, -300, -323, -324} {
		fmt.Print(math.Pow10(n), " ")
	}
	fmt.Println()
	for _, p := range [][2]float64{{5, 3}, {-5, 3}, {5.5, 2}, {7, 2}, {6, 4}, {1, 0}, {math.Inf(1), 1}, {3, math.Inf(1)}, {-4, 4}, {1e300, 3e-300}} {
		fmt.Print(math.Remainder(p[0], p[1]), " ")
	}
	fmt.Println()
	s, c := math.Sincos(0)
	fmt.Println(s, c, math.FMA(2, 3, 4), math.FMA(0.1, 10, -1), 0.1*10-1)
}
