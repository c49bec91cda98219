// math/cmplx Sin, Cos, Sinh, Cosh, Asin, Acos, Asinh, Acosh: Go's special cases for
// infinite, NaN and signed-zero parts, and Go's exact bits elsewhere.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	inf, nan, nz := math.Inf(1), math.NaN(), math.Copysign(0, -1)
	parts := []float64{0, nz, 0.25, -0.75, 1, -1, 2, 1e-10, 30, -800, inf, -inf, nan}
	fs := []struct {
		name string
		f    func(complex128) complex128
	}{
		{"Sin", cmplx.Sin}, {"Cos", cmplx.Cos}, {"Sinh", cmplx.Sinh}, {"Cosh", cmplx.Cosh},
		{"Asin", cmplx.Asin}, {"Acos", cmplx.Acos}, {"Asinh", cmplx.Asinh}, {"Acosh", cmplx.Acosh},
	}
	for _, f := range fs {
		for _, re := range parts {
			for _, im := range parts {
				w := f.f(complex(re, im))
				fmt.Printf("%s(%v) = %v %#x %#x\n", f.name, complex(re, im), w,
					math.Float64bits(real(w)), math.Float64bits(imag(w)))
			}
		}
	}
	// Identities as a user would check them.
	z := complex(0.5, 0.25)
	fmt.Println(cmplx.Sin(z)*cmplx.Sin(z)+cmplx.Cos(z)*cmplx.Cos(z), cmplx.Sin(cmplx.Asin(z)), cmplx.Cosh(cmplx.Acosh(z)))
}
