// Sin, Cos, Sincos, Exp, Log, Log2, Log10, Mod and Pow give Go's own bits (Go's algorithms, not the host
// libm's): ordinary, huge (Payne–Hanek reduction), subnormal and edge arguments.
package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0, math.Copysign(0, -1), 1e-310, 5e-324, 1e-8, 0.1, 0.5, 0.7853981633974483, 1, 1.5,
		2, 3, math.Pi, 10, 100, 1234.5678, 1e6, 5.36870912e8, 1e9, 1e15, 1e22, 1e300, math.MaxFloat64,
		-0.3, -2.5, -1e10, 700, 709.78, 709.79, -708, -745, -746, -1e300, math.Inf(1), math.Inf(-1)}
	for _, x := range xs {
		s, c := math.Sincos(x)
		fmt.Printf("x=%v sin=%x cos=%x sincos=%x,%x exp=%x log=%x\n", x,
			math.Float64bits(math.Sin(x)), math.Float64bits(math.Cos(x)),
			math.Float64bits(s), math.Float64bits(c),
			math.Float64bits(math.Exp(x)), math.Float64bits(math.Log(x)))
	}
	for _, x := range []float64{0, math.Copysign(0, -1), -1, 0.5, 2, -2, 10, 1e-300, 1.0000001, math.Inf(1), math.Inf(-1), math.NaN()} {
		for _, y := range []float64{0, 1, -1, 0.5, -0.5, 2, 3, -3, 2.5, 0.1, 1e10, -1e10, 1e19, math.Inf(1), math.Inf(-1), math.NaN()} {
			fmt.Printf("Pow(%v, %v) = %v [%x]\n", x, y, math.Pow(x, y), math.Float64bits(math.Pow(x, y)))
		}
	}
	for _, x := range append(xs, -1, 0.25, 1024, 1e-320, 3.5, math.NaN()) {
		fmt.Printf("Log2(%v)=%x Log10(%v)=%x Mod=%x,%x\n", x, math.Float64bits(math.Log2(x)), x,
			math.Float64bits(math.Log10(x)), math.Float64bits(math.Mod(x, 2.5)), math.Float64bits(math.Mod(7, x)))
	}
	s, c := math.Sincos(math.NaN())
	fmt.Printf("Sincos(NaN) = %x %x\n", math.Float64bits(s), math.Float64bits(c))
	sum := 0.0
	for i := 0; i < 2000; i++ {
		x := float64(i)*0.37 - 300
		sum += math.Sin(x) + math.Cos(x) + math.Exp(x/100) + math.Log(math.Abs(x)+1) + math.Pow(math.Abs(x), 0.3)
	}
	fmt.Printf("%x\n", math.Float64bits(sum))
}
