// Exact bits of Tan, Atan, Atan2, Asin, Acos, Sinh, Cosh, Tanh, Asinh, Acosh, Atanh,
// Exp2, Expm1, Log1p, Cbrt and Hypot on edge inputs: Go's own algorithms, not libm's.
package main

import (
	"fmt"
	"math"
)

func main() {
	negZero := math.Copysign(0, -1)
	xs := []float64{0, negZero, 1, -1, 0.5, -0.5, 0.7, 0.66, 0.625, 2, -2, 3, 21, 22, -21.5, 44, 45,
		0.1, 1e-9, -1e-9, 1e-20, 1e-300, 5e-324, -5e-324, 2.2250738585072014e-308,
		math.Pi / 4, math.Pi / 2, math.Pi, 1 << 28, 1<<28 + 1, 1 << 29, 1e10, 1e300, -1e300,
		math.MaxFloat64, -math.MaxFloat64, 700, 710, -710, 1023.5, 1024, -1074, -1075, 40, -40,
		0.9999999999999999, -0.9999999999999999, 1.0000000000000002, 0.41, -0.29, 1e16,
		math.Inf(1), math.Inf(-1), math.NaN()}
	fs := []struct {
		name string
		f    func(float64) float64
	}{
		{"Tan", math.Tan}, {"Atan", math.Atan}, {"Asin", math.Asin}, {"Acos", math.Acos},
		{"Sinh", math.Sinh}, {"Cosh", math.Cosh}, {"Tanh", math.Tanh}, {"Asinh", math.Asinh},
		{"Acosh", math.Acosh}, {"Atanh", math.Atanh}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1},
		{"Log1p", math.Log1p}, {"Cbrt", math.Cbrt},
	}
	for _, f := range fs {
		for _, x := range xs {
			y := f.f(x)
			fmt.Printf("%s(%v) = %v %#x\n", f.name, x, y, math.Float64bits(y))
		}
	}
	ys := []float64{0, negZero, 1, -1, 3, -3, 1e-300, 1e300, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, x := range ys {
		for _, y := range ys {
			a, h := math.Atan2(x, y), math.Hypot(x, y)
			fmt.Printf("Atan2(%v, %v) = %v %#x; Hypot = %v %#x\n", x, y, a, math.Float64bits(a), h, math.Float64bits(h))
		}
	}
	// Modf's fractional part keeps x's sign, also on the NaN of ±Inf.
	for _, x := range []float64{math.Inf(1), math.Inf(-1), negZero, -3, 2.5, -2.5, math.NaN()} {
		i, f := math.Modf(x)
		fmt.Printf("Modf(%v) = %v %v %#x\n", x, i, f, math.Float64bits(f))
	}
	// A signaling NaN: Sincos gives Go's NaN, Round keeps it, Floor/Ceil/Modf quiet it.
	sn := math.Float64frombits(0x7ff6b141101175c4)
	s, c := math.Sincos(sn)
	mi, mf := math.Modf(sn)
	for _, v := range []float64{s, c, math.Round(sn), math.Floor(sn), math.Ceil(sn), mi, mf, math.Sin(sn), math.Tan(sn)} {
		fmt.Printf("%#x ", math.Float64bits(v))
	}
	fmt.Println()
	// Functions used as values go through the same natives.
	g := math.Atan2
	fmt.Println(g(1, 2), math.Hypot(3, 4), math.Cbrt(27), math.Exp2(10), math.Tan(1))
}
