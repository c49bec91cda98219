package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	zs := []complex128{1 + 1i, -4, 3 - 4i, 0, 1i, -1i, complex(0, math.Copysign(0, -1)), 1e300 + 1e300i, 1e-310 + 2e-310i}
	for _, z := range zs {
		fmt.Printf("z=%v abs=%.6g phase=%.6g sqrt=%.6g conj=%v\n", z, cmplx.Abs(z), cmplx.Phase(z), cmplx.Sqrt(z), cmplx.Conj(z))
	}
	fmt.Printf("%.6g %v %v %v\n", cmplx.Exp(1i*math.Pi), cmplx.Exp(0), cmplx.Log(-1), cmplx.Log(1i))
	fmt.Printf("%v %.6g %v %v %v %v\n", cmplx.Pow(2, 3), cmplx.Pow(1i, 2), cmplx.Pow(0, 0), cmplx.Pow(0, -1), cmplx.Pow(0, 1+1i), cmplx.Pow(0, -1+1i))
	r, th := cmplx.Polar(-2i)
	fmt.Printf("%.4f %.4f %.4f\n", r, th, cmplx.Rect(r, th))
	fmt.Println(cmplx.Inf(), cmplx.IsInf(cmplx.Inf()), cmplx.IsNaN(cmplx.NaN()), cmplx.IsNaN(cmplx.Inf()), cmplx.IsNaN(1))
	fmt.Println(cmplx.Exp(complex(math.Inf(-1), math.Inf(1))), cmplx.Exp(complex(math.Inf(1), 0)), cmplx.Sqrt(complex(-1, math.Inf(1))))
	fmt.Printf("%.5f\n", cmplx.Log10(100i))
	// roots of unity
	for k := 0; k < 4; k++ {
		w := cmplx.Rect(1, 2*math.Pi*float64(k)/4)
		fmt.Printf("%.3f ", w)
	}
	fmt.Println()
	// DFT of a small signal
	x := []float64{1, 2, 3, 4}
	n := len(x)
	for k := 0; k < n; k++ {
		var s complex128
		for t := 0; t < n; t++ {
			s += complex(x[t], 0) * cmplx.Exp(complex(0, -2*math.Pi*float64(k*t)/float64(n)))
		}
		fmt.Printf("X[%d] = %6.2f  |X| = %.3f\n", k, s, cmplx.Abs(s))
	}
}
