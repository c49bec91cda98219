package math

// Jn and Yn after FreeBSD msun's e_jn.c (the algorithm Go uses): forward recurrence from
// J0, J1 when n <= x (and for Yn always, which is stable), a power series for tiny x, and
// otherwise a continued fraction for J(n)/J(n-1) followed by backward recurrence,
// normalized by J0.

// besselHuge is the bound above which the asymptotic form replaces the recurrences.
const besselHuge = 1 << 302

// Jn returns the order-n Bessel function of the first kind.
// Jn(n, ±Inf) = 0, Jn(n, NaN) = NaN.
func Jn(n int, x float64) float64 {
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0):
		return 0
	}
	if n == 0 {
		return J0(x)
	}
	if x == 0 {
		return 0
	}
	if n < 0 { // J(-n, x) = J(n, -x)
		n, x = -n, -x
	}
	if n == 1 {
		return J1(x)
	}
	neg := false
	if x < 0 { // J(n, -x) = (-1)**n J(n, x)
		x = -x
		neg = n&1 == 1
	}
	var b float64
	switch {
	case float64(n) <= x && x >= besselHuge:
		s, c := Sincos(x)
		var t float64
		switch n & 3 {
		case 0:
			t = c + s
		case 1:
			t = -c + s
		case 2:
			t = -c - s
		default:
			t = c - s
		}
		b = (1 / SqrtPi) * t / Sqrt(x)
	case float64(n) <= x:
		a := J0(x)
		b = J1(x)
		for i := 1; i < n; i++ {
			a, b = b, b*(float64(i+i)/x)-a
		}
	case x < 1.0/(1<<29): // first term of the series: (x/2)**n / n!
		if n <= 33 {
			h := x * 0.5
			b = h
			f := 1.0
			for i := 2; i <= n; i++ {
				f *= float64(i)
				b *= h
			}
			b /= f
		}
	default:
		b = jnBackward(n, x)
	}
	if neg {
		return -b
	}
	return b
}

// jnBackward is Jn(n, x) for x < n: the continued fraction gives J(n)/J(n-1), backward
// recurrence down to J0 fixes the scale.
func jnBackward(n int, x float64) float64 {
	// How many terms the continued fraction needs.
	w := float64(n+n) / x
	h := 2 / x
	q0 := w
	z := w + h
	q1 := w*z - 1
	k := 1
	for q1 < 1e9 {
		k++
		z += h
		q0, q1 = q1, z*q1-q0
	}
	t := 0.0
	for i := 2 * (n + k); i >= n+n; i -= 2 {
		t = 1 / (float64(i)/x - t)
	}
	a := t
	b := 1.0
	// Whether the backward recurrence may overflow: n*log(2n/x) near log(MaxFloat64).
	v := 2 / x
	e := float64(n)
	e = e * Log(Abs(v*e))
	rescale := e >= 7.09782712893383973096e+02
	for i := n - 1; i > 0; i-- {
		di := float64(i + i)
		a, b = b, b*di/x-a
		if rescale && b > 1e100 {
			a /= b
			t /= b
			b = 1
		}
	}
	return t * J0(x) / b
}

// Yn returns the order-n Bessel function of the second kind.
// Yn(n, +Inf) = 0, Yn(n ≥ 0, 0) = -Inf, Yn(n < 0, 0) = +Inf if n is odd, -Inf if n is
// even, Yn(n, x < 0) = NaN, Yn(n, NaN) = NaN.
func Yn(n int, x float64) float64 {
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	}
	if n == 0 {
		return Y0(x)
	}
	if x == 0 {
		if n < 0 && n&1 == 1 {
			return Inf(1)
		}
		return Inf(-1)
	}
	neg := false
	if n < 0 { // Y(-n, x) = (-1)**n Y(n, x)
		n = -n
		neg = n&1 == 1
	}
	var b float64
	switch {
	case n == 1:
		b = Y1(x)
	case x >= besselHuge:
		s, c := Sincos(x)
		var t float64
		switch n & 3 {
		case 0:
			t = s - c
		case 1:
			t = -s - c
		case 2:
			t = -s + c
		default:
			t = s + c
		}
		b = (1 / SqrtPi) * t / Sqrt(x)
	default:
		a := Y0(x)
		b = Y1(x)
		for i := 1; i < n && !IsInf(b, -1); i++ {
			a, b = b, (float64(i+i)/x)*b-a
		}
	}
	if neg {
		return -b
	}
	return b
}
