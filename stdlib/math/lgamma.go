package math

// Lgamma after FreeBSD msun's e_lgamma_r.c (the algorithm Go uses): rational and
// polynomial approximations around the minimum of Γ, a recurrence on [2, 8), Stirling's
// series above, and the reflection formula for negative x. Coefficients are msun's
// published ones; the interleaved polynomials are split into one array each, and every
// sum is evaluated in the same order as Go so the bits agree.

var (
	// Around 2 - x and x - 1 (index 0): A[even] in z = y*y, A[odd] in z.
	lgammaAEven = [...]float64{7.72156649015328655494e-02, 6.73523010531292681824e-02, 7.38555086081402883957e-03, 1.19270763183362067845e-03, 2.20862790713908385557e-04, 2.52144565451257326939e-05}
	lgammaAOdd  = [...]float64{3.22467033424113591611e-01, 2.05808084325167332806e-02, 2.89051383673415629091e-03, 5.10069792153511336608e-04, 1.08011567247583939954e-04, 4.48640949618915160150e-05}
	// Around the minimum Tc (index 1): T[3k], T[3k+1], T[3k+2] in w = y**3.
	lgammaT0 = [...]float64{4.83836122723810047042e-01, -3.27885410759859649565e-02, 6.10053870246291332635e-03, -1.40346469989232843813e-03, 3.15632070903625950361e-04}
	lgammaT1 = [...]float64{-1.47587722994593911752e-01, 1.79706750811820387126e-02, -3.68452016781138256760e-03, 8.81081882437654011382e-04, -3.12754168375120860518e-04}
	lgammaT2 = [...]float64{6.46249402391333854778e-02, -1.03142241298341437450e-02, 2.25964780900612472250e-03, -5.38595305356740546715e-04, 3.35529192635519073543e-04}
	// Near 1 (index 2).
	lgammaU = [...]float64{-7.72156649015328655494e-02, 6.32827064025093366517e-01, 1.45492250137234768737e+00, 9.77717527963372745603e-01, 2.28963728064692451092e-01, 1.33810918536787660377e-02}
	lgammaV = [...]float64{1, 2.45597793713041134822e+00, 2.12848976379893395361e+00, 7.69285150456672783825e-01, 1.04222645593369134254e-01, 3.21709242282423911810e-03}
	// On [2, 3).
	lgammaS = [...]float64{-7.72156649015328655494e-02, 2.14982415960608852501e-01, 3.25778796408930981787e-01, 1.46350472652464452805e-01, 2.66422703033638609560e-02, 1.84028451407337715652e-03, 3.19475326584100867617e-05}
	lgammaR = [...]float64{1, 1.39200533467621045958e+00, 7.21935547567138069525e-01, 1.71933865632803078993e-01, 1.86459191715652901344e-02, 7.77942496381893596434e-04, 7.32668430744625636189e-06}
	// Stirling's series for x >= 8: W[0] + z*(W[1] + y*(...)).
	lgammaW0 = 4.18938533204672725052e-01
	lgammaW  = [...]float64{8.33333333333329678849e-02, -2.77777777728775536470e-03, 7.93650558643019558500e-04, -5.95187557450339963135e-04, 8.36339918996282139126e-04, -1.63092934096575273989e-03}
)

const (
	lgammaYmin = 1.461632144968362245
	lgammaTc   = 1.46163214496836224576e+00  // the minimum of Γ
	lgammaTf   = -1.21486290535849611461e-01 // lgamma(Tc)
	lgammaTt   = -3.63867699703950536541e-18 // lgamma(Tc) - Tf, a correction
)

// Lgamma returns the natural logarithm and sign (-1 or +1) of Gamma(x).
// Lgamma(+Inf) = +Inf, Lgamma(0) = +Inf, Lgamma(-integer) = +Inf, Lgamma(-Inf) = -Inf,
// Lgamma(NaN) = NaN.
func Lgamma(x float64) (lgamma float64, sign int) {
	sign = 1
	if IsNaN(x) || IsInf(x, 0) {
		return x, 1
	}
	if x == 0 {
		return Inf(1), 1
	}
	neg := x < 0
	if neg {
		x = -x
	}
	if x < 1.0/(1<<70) {
		if neg {
			sign = -1
		}
		return -Log(x), sign
	}
	var nadj float64
	if neg {
		if x >= 1<<52 { // an even integer
			return Inf(1), 1
		}
		t := sinPi(x)
		if t == 0 {
			return Inf(1), 1
		}
		nadj = Log(Pi / Abs(t*x))
		if t < 0 {
			sign = -1
		}
	}
	switch {
	case x == 1 || x == 2:
		return 0, sign
	case x < 2:
		lgamma = lgammaBelow2(x)
	case x < 8:
		lgamma = lgammaBelow8(x)
	case x < 1<<58:
		t := Log(x)
		z := 1 / x
		y := z * z
		w := lgammaW0 + z*horner(y, lgammaW[:])
		lgamma = (x-0.5)*(t-1) + w
	default:
		lgamma = x * (Log(x) - 1)
	}
	if neg {
		lgamma = nadj - lgamma
	}
	return lgamma, sign
}

// lgammaBelow2 is lgamma(x) for 0 < x < 2, x != 1: lgamma(x) = lgamma(x+1) - log(x)
// below 0.9, then one of three approximations by distance from 1, Tc or 2.
func lgammaBelow2(x float64) float64 {
	var r, y float64
	var i int
	if x <= 0.9 {
		r = -Log(x)
		switch {
		case x >= lgammaYmin-1+0.27:
			y, i = 1-x, 0
		case x >= lgammaYmin-1-0.27:
			y, i = x-(lgammaTc-1), 1
		default:
			y, i = x, 2
		}
	} else {
		switch {
		case x >= lgammaYmin+0.27:
			y, i = 2-x, 0
		case x >= lgammaYmin-0.27:
			y, i = x-lgammaTc, 1
		default:
			y, i = x-1, 2
		}
	}
	switch i {
	case 0:
		z := y * y
		p1 := horner(z, lgammaAEven[:])
		p2 := z * horner(z, lgammaAOdd[:])
		p := y*p1 + p2
		r += p - 0.5*y
	case 1:
		z := y * y
		w := z * y
		p1 := horner(w, lgammaT0[:])
		p2 := horner(w, lgammaT1[:])
		p3 := horner(w, lgammaT2[:])
		p := z*p1 - (lgammaTt - w*(p2+y*p3))
		r += lgammaTf + p
	default:
		p1 := y * horner(y, lgammaU[:])
		p2 := horner(y, lgammaV[:])
		r += -0.5*y + p1/p2
	}
	return r
}

// lgammaBelow8 is lgamma(x) for 2 <= x < 8: lgamma(2+y) by a rational approximation,
// plus log((y+2)(y+3)...) for the integer steps above it.
func lgammaBelow8(x float64) float64 {
	n := int(x)
	y := x - float64(n)
	p := y * horner(y, lgammaS[:])
	q := horner(y, lgammaR[:])
	r := 0.5*y + p/q
	if n >= 3 {
		z := 1.0
		for k := n - 1; k >= 2; k-- {
			z *= y + float64(k)
		}
		r += Log(z)
	}
	return r
}

// sinPi returns -sin(πx) for x > 0, reducing x to [0, 2) first so that πx stays exact
// enough; for integers it returns ±0.
func sinPi(x float64) float64 {
	if x < 0.25 {
		return -Sin(Pi * x)
	}
	var n int
	if Floor(x) != x {
		x = Mod(x, 2)
		n = int(x * 4)
	} else if x >= 1<<53 { // even
		x, n = 0, 0
	} else {
		z := x
		if x < 1<<52 {
			z = x + 1<<52 // exact: the low bit of z is the parity of x
		}
		n = int(1 & Float64bits(z))
		x = float64(n)
		n <<= 2
	}
	switch n {
	case 0:
		x = Sin(Pi * x)
	case 1, 2:
		x = Cos(Pi * (0.5 - x))
	case 3, 4:
		x = Sin(Pi * (1 - x))
	case 5, 6:
		x = -Cos(Pi * (x - 1.5))
	default:
		x = Sin(Pi * (x - 2))
	}
	return -x
}
