package cmplx

import (
	"math"
	"math/bits"
)

// Tan, Tanh, Cot, Atan and Atanh follow Go's math/cmplx (Cephes' ctan.c, catan.c) step by
// step, so that results match Go's bits; a denominator near zero goes through tanSeries.

// Tan returns the tangent of x.
func Tan(x complex128) complex128 {
	re, im := real(x), imag(x)
	if math.IsInf(im, 0) {
		if math.IsInf(re, 0) || math.IsNaN(re) {
			return complex(math.Copysign(0, re), math.Copysign(1, im))
		}
		return complex(math.Copysign(0, math.Sin(2*re)), math.Copysign(1, im))
	}
	if re == 0 && math.IsNaN(im) {
		return x
	}
	d := math.Cos(2*re) + math.Cosh(2*im)
	if math.Abs(d) < 0.25 {
		d = tanSeries(x)
	}
	if d == 0 {
		return Inf()
	}
	return complex(math.Sin(2*re)/d, math.Sinh(2*im)/d)
}

// Tanh returns the hyperbolic tangent of x.
func Tanh(x complex128) complex128 {
	re, im := real(x), imag(x)
	if math.IsInf(re, 0) {
		if math.IsInf(im, 0) || math.IsNaN(im) {
			return complex(math.Copysign(1, re), math.Copysign(0, im))
		}
		return complex(math.Copysign(1, re), math.Copysign(0, math.Sin(2*im)))
	}
	if im == 0 && math.IsNaN(re) {
		return x
	}
	d := math.Cosh(2*re) + math.Cos(2*im)
	if d == 0 {
		return Inf()
	}
	return complex(math.Sinh(2*re)/d, math.Sin(2*im)/d)
}

// Cot returns the cotangent of x.
func Cot(x complex128) complex128 {
	d := math.Cosh(2*imag(x)) - math.Cos(2*real(x))
	if math.Abs(d) < 0.25 {
		d = tanSeries(x)
	}
	if d == 0 {
		return Inf()
	}
	return complex(math.Sin(2*real(x))/d, -math.Sinh(2*imag(x))/d)
}

// piBits holds the bits of 1/π, 64 to a word, for reducing huge arguments.
var piBits = [...]uint64{
	0x0000000000000000, 0x517cc1b727220a94, 0xfe13abe8fa9a6ee0, 0x6db14acc9e21c820,
	0xff28b1d5ef5de2b0, 0xdb92371d2126e970, 0x0324977504e8c90e, 0x7f0ef58e5894d39f,
	0x74411afa975da242, 0x74ce38135a2fbf20, 0x9cc8eb1cc1a99cfa, 0x4e422fc5defc941d,
	0x8ffc4bffef02cc07, 0xf79788c5ad05368f, 0xb69b3f6793e584db, 0xa7a31fb34f2ff516,
	0xba93dd63f5f2f8bd, 0x9e839cfbc5294975, 0x35fdafd88fc6ae84, 0x2b0198237e3db5d5,
}

// reducePi returns x ≥ 0 reduced into [-π/2, π/2] modulo π: Cody–Waite below 2^30, else
// Payne–Hanek with the bits of 1/π that matter for x's exponent.
func reducePi(x float64) float64 {
	if math.Abs(x) < 1<<30 {
		// π in three parts, so that t·pi1 and t·pi2 are exact.
		const (
			pi1 = 3.141592502593994
			pi2 = 1.5099578831723193e-07
			pi3 = 1.0780605716316238e-14
		)
		t := x/math.Pi + 0.5
		t = float64(int64(t))
		return ((x - t*pi1) - t*pi2) - t*pi3
	}
	ix := math.Float64bits(x)
	exp := int(ix>>52&0x7FF) - 1023 - 52
	ix = ix&(1<<52-1) | 1<<52
	digit, shift := uint(exp+64)/64, uint(exp+64)%64
	word := func(i uint) uint64 { return piBits[i]<<shift | piBits[i+1]>>(64-shift) }
	z0, z1, z2 := word(digit), word(digit+1), word(digit+2)
	z2hi, _ := bits.Mul64(z2, ix)
	z1hi, z1lo := bits.Mul64(z1, ix)
	lo, c := bits.Add64(z1lo, z2hi, 0)
	hi, _ := bits.Add64(z0*ix, z1hi, c)
	lz := uint(bits.LeadingZeros64(hi))
	e := uint64(1023 - (lz + 1))
	hi = (hi<<(lz+1) | lo>>(64-(lz+1))) >> (64 - 52)
	x = math.Float64frombits(hi | e<<52)
	if x > 0.5 {
		x--
	}
	return math.Pi * x
}

// tanSeries returns cosh(2y) - cos(2x) by its Taylor series, for when the direct
// difference would cancel.
func tanSeries(z complex128) float64 {
	const machEp = 1.0 / (1 << 53)
	x := reducePi(math.Abs(2 * real(z)))
	y := math.Abs(2 * imag(z))
	x = x * x
	y = y * y
	x2, y2, f, rn, d := 1.0, 1.0, 1.0, 0.0, 0.0
	for {
		rn++
		f *= rn
		rn++
		f *= rn
		x2 *= x
		y2 *= y
		t := (y2 + x2) / f
		d += t
		rn++
		f *= rn
		rn++
		f *= rn
		x2 *= x
		y2 *= y
		t = (y2 - x2) / f
		d += t
		if !(math.Abs(t/d) > machEp) {
			break
		}
	}
	return d
}

// Atan returns the inverse tangent of x.
func Atan(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0:
		return complex(math.Atan(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Atanh(im))
	case math.IsInf(im, 0) || math.IsInf(re, 0):
		if math.IsNaN(re) {
			return complex(math.NaN(), math.Copysign(0, im))
		}
		return complex(math.Copysign(math.Pi/2, re), math.Copysign(0, im))
	case math.IsNaN(re) || math.IsNaN(im):
		return NaN()
	}
	x2 := re * re
	a := 1 - x2 - im*im
	if a == 0 {
		return NaN()
	}
	w := reducePi(0.5 * math.Atan2(2*re, a))
	t := im - 1
	b := x2 + t*t
	if b == 0 {
		return NaN()
	}
	t = im + 1
	return complex(w, 0.25*math.Log((x2+t*t)/b))
}

// Atanh returns the inverse hyperbolic tangent of x: -i·Atan(i·x).
func Atanh(x complex128) complex128 {
	z := Atan(complex(-imag(x), real(x)))
	return complex(imag(z), -real(z))
}
