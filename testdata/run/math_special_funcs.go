// The special functions of package math (Gamma, Lgamma, Erf, Erfc, Erfinv, Erfcinv,
// J0, J1, Jn, Y0, Y1, Yn): edge cases and a spread of ordinary arguments, printed both as
// values and as bits (which must match Go's exactly).
package main

import (
	"fmt"
	"math"
)

var negZero = math.Copysign(0, -1)

var args = []float64{0, negZero, math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 2, -2, 0.5, -0.5,
	1e-10, -1e-10, 1e-300, 0.25, 0.84375, 1.1, 1.25, 2.5, 3, 4.75, 5.5, 6, 10, 27.5, 30, -3.5, -0.75}

func show(name string, x, y float64) {
	fmt.Printf("%s(%v) = %v [%#016x]\n", name, x, y, math.Float64bits(y))
}

func main() {
	fns := []struct {
		name string
		f    func(float64) float64
	}{
		{"Erf", math.Erf}, {"Erfc", math.Erfc}, {"Erfinv", math.Erfinv}, {"Erfcinv", math.Erfcinv},
		{"Gamma", math.Gamma}, {"J0", math.J0}, {"J1", math.J1}, {"Y0", math.Y0}, {"Y1", math.Y1},
	}
	for _, fn := range fns {
		for _, x := range args {
			show(fn.name, x, fn.f(x))
		}
	}
	for _, x := range []float64{0.9, 0.999, -0.999, 1.5, 0.01, 1.999} {
		show("Erfinv", x, math.Erfinv(x))
		show("Erfcinv", x, math.Erfcinv(x))
	}
	for _, x := range append(args, -4, -170.5, 1.4616321449683622, 100, 1e20) {
		lg, sign := math.Lgamma(x)
		fmt.Printf("Lgamma(%v) = %v, %d [%#016x]\n", x, lg, sign, math.Float64bits(lg))
	}
	for _, x := range []float64{-1, -2, -100, 0.5, 1.5, 4, 5, 10, 20, 50, 100, 170, 171, 172, -20.5, -30.25} {
		show("Gamma", x, math.Gamma(x))
	}
	for _, n := range []int{-3, -2, -1, 0, 1, 2, 3, 5, 10, 40} {
		for _, x := range []float64{0, 1e-10, 0.5, 1, 2.5, 10, 50, math.Inf(1), math.NaN(), -1.5} {
			fmt.Printf("Jn(%d, %v) = %v [%#016x]\n", n, x, math.Jn(n, x), math.Float64bits(math.Jn(n, x)))
			fmt.Printf("Yn(%d, %v) = %v [%#016x]\n", n, x, math.Yn(n, x), math.Float64bits(math.Yn(n, x)))
		}
	}
	// The functions as values, and integer identities.
	f := math.Gamma
	for i := 1; i <= 10; i++ {
		fmt.Print(f(float64(i)), " ")
	}
	fmt.Println()
	fmt.Println(math.Erf(1)+math.Erfc(1), math.Erfinv(math.Erf(0.3)))
}
