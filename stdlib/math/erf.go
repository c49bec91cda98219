package math

// Erf and Erfc after FreeBSD msun's s_erf.c (the algorithm Go uses): rational
// approximations on |x| < 0.84375, [0.84375, 1.25), [1.25, 1/0.35), [1/0.35, 28), with
// msun's published coefficients. The polynomials are evaluated in Horner form from the
// highest coefficient down, the same operations in the same order as Go, so the bits agree.

const (
	erfErx  = 8.45062911510467529297e-01
	erfEfx  = 1.28379167095512586316e-01
	erfEfx8 = 1.02703333676410069053e+00
)

var (
	erfPP = [...]float64{1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05}
	erfQQ = [...]float64{1, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06}
	erfPA = [...]float64{-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03}
	erfQA = [...]float64{1, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02}
	erfRA = [...]float64{-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00}
	erfSA = [...]float64{1, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02}
	erfRB = [...]float64{-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02}
	erfSB = [...]float64{1, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01}
)

// horner evaluates c[0] + x*(c[1] + x*(... + x*c[n-1])).
func horner(x float64, c []float64) float64 {
	r := c[len(c)-1]
	for i := len(c) - 2; i >= 0; i-- {
		r = c[i] + x*r
	}
	return r
}

// erfSmallRatio is the correction y with erf(x) = x + x*y for |x| < 0.84375 (z = x*x).
func erfSmallRatio(z float64) float64 {
	return horner(z, erfPP[:]) / horner(z, erfQQ[:])
}

// erfMid is P/Q with erf(x) = erx + P/Q for 0.84375 <= x < 1.25.
func erfMid(x float64) float64 {
	s := x - 1
	return horner(s, erfPA[:]) / horner(s, erfQA[:])
}

// erfcTail is erfc(x) for 1.25 <= x < 28: exp(-x*x - 0.5625 + R/S) / x, with x*x split
// so that the exponent is exact.
func erfcTail(x float64) float64 {
	s := 1 / (x * x)
	var rs float64
	if x < 1/0.35 {
		rs = horner(s, erfRA[:]) / horner(s, erfSA[:])
	} else {
		rs = horner(s, erfRB[:]) / horner(s, erfSB[:])
	}
	z := Float64frombits(Float64bits(x) & 0xffffffff00000000)
	return Exp(-z*z-0.5625) * Exp((z-x)*(z+x)+rs) / x
}

// Erf returns the error function of x.
// Erf(+Inf) = 1, Erf(-Inf) = -1, Erf(NaN) = NaN.
func Erf(x float64) float64 {
	if IsNaN(x) {
		return NaN()
	}
	if IsInf(x, 0) {
		if x > 0 {
			return 1
		}
		return -1
	}
	neg := x < 0
	a := x // not Abs: -0 keeps its sign, as in Go
	if neg {
		a = -x
	}
	var r float64
	switch {
	case a < 0.84375:
		switch {
		case a < 2.848094538889218e-306: // 2**-1015: avoid underflow in efx*a
			r = 0.125 * (8.0*a + erfEfx8*a)
		case a < 0x1p-28:
			r = a + erfEfx*a
		default:
			r = a + a*erfSmallRatio(a*a)
		}
	case a < 1.25:
		if neg {
			return -erfErx - erfMid(a)
		}
		return erfErx + erfMid(a)
	case a >= 6:
		r = 1
	default:
		t := erfcTail(a)
		if neg {
			return t - 1
		}
		return 1 - t
	}
	if neg {
		return -r
	}
	return r
}

// Erfc returns the complementary error function of x, 1 - Erf(x).
// Erfc(+Inf) = 0, Erfc(-Inf) = 2, Erfc(NaN) = NaN.
func Erfc(x float64) float64 {
	if IsNaN(x) {
		return NaN()
	}
	if IsInf(x, 0) {
		if x > 0 {
			return 0
		}
		return 2
	}
	neg := x < 0
	a := x // not Abs: -0 keeps its sign, as in Go
	if neg {
		a = -x
	}
	switch {
	case a < 0.84375:
		t := a
		if a >= 0x1p-56 {
			y := erfSmallRatio(a * a)
			if a < 0.25 {
				t = a + a*y
			} else {
				t = 0.5 + (a*y + (a - 0.5))
			}
		}
		if neg {
			return 1 + t
		}
		return 1 - t
	case a < 1.25:
		if neg {
			return 1 + erfErx + erfMid(a)
		}
		return 1 - erfErx - erfMid(a)
	case a < 28:
		if neg && a > 6 && a >= 1/0.35 {
			return 2
		}
		t := erfcTail(a)
		if neg {
			return 2 - t
		}
		return t
	}
	if neg {
		return 2
	}
	return 0
}
