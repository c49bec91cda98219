package math

// Gamma after the Cephes library's gamma.c (S. L. Moshier), the algorithm Go uses: the
// recurrence Γ(x+1) = xΓ(x) brings x into [2, 3) for a rational approximation; Stirling's
// formula serves x > 33, and the reflection formula negative x below -33. Coefficients
// are Cephes' published ones, lowest degree first.

var (
	gammaP = [...]float64{9.99999999999999996796e-01, 4.94214826801497100753e-01, 2.07448227648435975150e-01, 4.76367800457137231464e-02, 1.04213797561761569935e-02, 1.19135147006586384913e-03, 1.60119522476751861407e-04}
	gammaQ = [...]float64{1.00000000000000000320e+00, 7.14304917030273074085e-02, -2.34591795718243348568e-01, 3.58236398605498653373e-02, 1.18139785222060435552e-02, -4.45641913851797240494e-03, 5.39605580493303397842e-04, -2.31581873324120129819e-05}
	gammaS = [...]float64{8.33333333333482257126e-02, 3.47222221605458667310e-03, -2.68132617805781232825e-03, -2.29549961613378126380e-04, 7.87311395793093628397e-04}
)

// gammaStirling returns Γ(x) for x > 33 as a product of two factors, so that a caller
// can divide by them one at a time without overflowing.
func gammaStirling(x float64) (float64, float64) {
	if x > 200 {
		return Inf(1), 1
	}
	const sqrtTwoPi = 2.506628274631000502417
	w := 1 / x
	w = 1 + w*horner(w, gammaS[:])
	e := Exp(x)
	if x > 143.01608 { // x**(x-0.5) would overflow: split it
		v := Pow(x, 0.5*x-0.25)
		return v, sqrtTwoPi * w * (v / e)
	}
	return Pow(x, x-0.5) / e, sqrtTwoPi * w * 1.0
}

// Gamma returns the Gamma function of x.
// Gamma(+Inf) = +Inf, Gamma(+0) = +Inf, Gamma(-0) = -Inf, Gamma(x) = NaN for integer x < 0,
// Gamma(-Inf) = NaN, Gamma(NaN) = NaN.
func Gamma(x float64) float64 {
	switch {
	case IsNaN(x) || IsInf(x, -1) || (x < 0 && x == Trunc(x)):
		return NaN()
	case IsInf(x, 1):
		return Inf(1)
	case x == 0:
		if Signbit(x) {
			return Inf(-1)
		}
		return Inf(1)
	}
	q := Abs(x)
	p := Floor(q)
	if q > 33 {
		if x >= 0 {
			a, b := gammaStirling(x)
			return a * b
		}
		// Reflection: Γ(x) = -π / (q sin(πq) Γ(q)) with q = -x.
		sign := 1
		if int64(p)&1 == 0 {
			sign = -1
		}
		z := q - p
		if z > 0.5 {
			p = p + 1
			z = q - p
		}
		z = q * Sin(Pi*z)
		if z == 0 {
			return Inf(sign)
		}
		a, b := gammaStirling(q)
		az := Abs(z)
		d := az * a * b
		if IsInf(d, 0) {
			z = Pi / az / a / b
		} else {
			z = Pi / d
		}
		return float64(sign) * z
	}
	z := 1.0
	for x >= 3 {
		x = x - 1
		z = z * x
	}
	for x < 0 && x <= -1e-09 {
		z = z / x
		x = x + 1
	}
	if x < 0 {
		return gammaSmall(x, z)
	}
	for x < 2 {
		if x < 1e-09 {
			return gammaSmall(x, z)
		}
		z = z / x
		x = x + 1
	}
	if x == 2 {
		return z
	}
	x = x - 2
	return z * horner(x, gammaP[:]) / horner(x, gammaQ[:])
}

// gammaEuler is the Euler–Mascheroni constant (OEIS A001620).
const gammaEuler = 0.57721566490153286060651209008240243104215933593992

// gammaSmall is z*Γ(x) for x near zero: 1/Γ(x) ≈ x + euler*x*x.
func gammaSmall(x, z float64) float64 {
	if x == 0 {
		return Inf(1)
	}
	return z / ((1 + gammaEuler*x) * x)
}
