// math/cmplx Tan, Tanh, Cot, Atan, Atanh: special cases, the series Go uses near the
// poles (including huge real parts), and Go's exact bits.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	inf, nan, nz := math.Inf(1), math.NaN(), math.Copysign(0, -1)
	parts := []float64{0, nz, 0.5, -1, 1, 3, 1e-12, 400, inf, -inf, nan}
	fs := []struct {
		name string
		f    func(complex128) complex128
	}{
		{"Tan", cmplx.Tan}, {"Tanh", cmplx.Tanh}, {"Cot", cmplx.Cot}, {"Atan", cmplx.Atan}, {"Atanh", cmplx.Atanh},
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
	// Near the poles and zeros the denominator comes from tanSeries (and reducePi).
	for _, z := range []complex128{complex(math.Pi/2, 1e-9), complex(math.Pi, 1e-7), complex(1e15*math.Pi, 1e-3),
		complex(3e30, 0.01), complex(1e-8, 1e-8), complex(-math.Pi/2, -0.1)} {
		fmt.Println(cmplx.Tan(z), cmplx.Cot(z))
	}
	fmt.Println(cmplx.Atan(1i), cmplx.Atan(-1i), cmplx.Atanh(1), cmplx.Atan(complex(2, 3)))
}
