// Package big is Go's math/big, for now its Int: arbitrary-precision integers with Go's
// API, aliasing rules, printing and panics. The arithmetic on magnitudes is native
// (num-bigint); everything else is here.
package big

import (
	"fmt"
	"math"
	"math/bits"
)

// A Word represents a single digit of a multi-precision unsigned integer.
type Word uint

// MaxBase is the largest number base accepted for string conversions.
const MaxBase = 10 + ('z' - 'a' + 1) + ('Z' - 'A' + 1)

// nat is a magnitude: its words, least significant first, without leading zero words
// (zero is the empty nat).
type nat []Word

// An Int represents a signed multi-precision integer. The zero value is 0.
type Int struct {
	neg bool
	abs nat
}

// The operations of intOp.
const (
	opAdd = iota
	opSub
	opMul
	opQuo
	opRem
	opDiv
	opMod
	opAnd
	opOr
	opXor
	opAndNot
	opLsh
	opRsh
	opGcd
)

// native
func intOp(op int, xneg bool, x nat, yneg bool, y nat) (bool, nat)

// native
func intText(neg bool, x nat, base int) string

// native
func natParse(digits string, base int) (nat, bool)

// native
func natExp(x, y, m nat) nat

// native
func natSqrt(x nat) nat

// native
func natProbablyPrime(x nat) bool

func (z *Int) op(op int, x, y *Int) *Int {
	z.neg, z.abs = intOp(op, x.neg, x.abs, y.neg, y.abs)
	return z
}

// NewInt allocates and returns a new Int set to x.
func NewInt(x int64) *Int {
	return new(Int).SetInt64(x)
}

// SetInt64 sets z to x and returns z.
func (z *Int) SetInt64(x int64) *Int {
	neg := x < 0
	u := uint64(x)
	if neg {
		u = -u
	}
	z.SetUint64(u)
	z.neg = neg
	return z
}

// SetUint64 sets z to x and returns z.
func (z *Int) SetUint64(x uint64) *Int {
	z.neg = false
	if x == 0 {
		z.abs = nil
	} else {
		z.abs = nat{Word(x)}
	}
	return z
}

// Set sets z to x and returns z.
func (z *Int) Set(x *Int) *Int {
	if z != x {
		z.neg = x.neg
		z.abs = append(nat(nil), x.abs...)
	}
	return z
}

// Bits provides raw access to x's absolute value, least significant word first.
func (x *Int) Bits() []Word { return x.abs }

// SetBits provides raw access to z by setting its value to abs, interpreted as a
// little-endian Word slice, and returning z.
func (z *Int) SetBits(abs []Word) *Int {
	n := len(abs)
	for n > 0 && abs[n-1] == 0 {
		n--
	}
	z.abs = nat(abs[:n])
	z.neg = false
	return z
}

// Abs sets z to |x| (the absolute value of x) and returns z.
func (z *Int) Abs(x *Int) *Int {
	z.Set(x)
	z.neg = false
	return z
}

// Neg sets z to -x and returns z.
func (z *Int) Neg(x *Int) *Int {
	z.Set(x)
	z.neg = len(z.abs) > 0 && !z.neg
	return z
}

func (z *Int) Add(x, y *Int) *Int { return z.op(opAdd, x, y) }

func (z *Int) Sub(x, y *Int) *Int { return z.op(opSub, x, y) }

func (z *Int) Mul(x, y *Int) *Int { return z.op(opMul, x, y) }

func checkDivisor(y *Int) {
	if len(y.abs) == 0 {
		panic("division by zero")
	}
}

// Quo sets z to the quotient x/y for y != 0, truncated toward zero.
func (z *Int) Quo(x, y *Int) *Int {
	checkDivisor(y)
	return z.op(opQuo, x, y)
}

// Rem sets z to the remainder x%y for y != 0, with the sign of x.
func (z *Int) Rem(x, y *Int) *Int {
	checkDivisor(y)
	return z.op(opRem, x, y)
}

// QuoRem sets z to the quotient x/y and r to the remainder x%y and returns the pair.
func (z *Int) QuoRem(x, y, r *Int) (*Int, *Int) {
	checkDivisor(y)
	qn, qa := intOp(opQuo, x.neg, x.abs, y.neg, y.abs)
	rn, ra := intOp(opRem, x.neg, x.abs, y.neg, y.abs)
	z.neg, z.abs = qn, qa
	r.neg, r.abs = rn, ra
	return z, r
}

// Div sets z to the quotient x/y for y != 0 (Euclidean division).
func (z *Int) Div(x, y *Int) *Int {
	checkDivisor(y)
	return z.op(opDiv, x, y)
}

// Mod sets z to the modulus x%y for y != 0 (Euclidean: 0 <= z < |y|).
func (z *Int) Mod(x, y *Int) *Int {
	checkDivisor(y)
	return z.op(opMod, x, y)
}

// DivMod sets z to the quotient x div y and m to the modulus x mod y.
func (z *Int) DivMod(x, y, m *Int) (*Int, *Int) {
	checkDivisor(y)
	qn, qa := intOp(opDiv, x.neg, x.abs, y.neg, y.abs)
	mn, ma := intOp(opMod, x.neg, x.abs, y.neg, y.abs)
	z.neg, z.abs = qn, qa
	m.neg, m.abs = mn, ma
	return z, m
}

// Cmp compares x and y: -1, 0 or +1.
func (x *Int) Cmp(y *Int) (r int) {
	switch {
	case x == y:
	case x.neg == y.neg:
		r = x.abs.cmp(y.abs)
		if x.neg {
			r = -r
		}
	case x.neg:
		r = -1
	default:
		r = 1
	}
	return
}

// CmpAbs compares the absolute values of x and y.
func (x *Int) CmpAbs(y *Int) int {
	return x.abs.cmp(y.abs)
}

func (x nat) cmp(y nat) int {
	if len(x) != len(y) {
		if len(x) < len(y) {
			return -1
		}
		return 1
	}
	for i := len(x) - 1; i >= 0; i-- {
		if x[i] != y[i] {
			if x[i] < y[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// Sign returns -1 if x < 0, 0 if x == 0, +1 if x > 0.
func (x *Int) Sign() int {
	if len(x.abs) == 0 {
		return 0
	}
	if x.neg {
		return -1
	}
	return 1
}

func (x *Int) low64() uint64 {
	if len(x.abs) == 0 {
		return 0
	}
	return uint64(x.abs[0])
}

// Int64 returns the int64 representation of x (the low 64 bits, two's complement, if x
// does not fit).
func (x *Int) Int64() int64 {
	v := int64(x.low64())
	if x.neg {
		v = -v
	}
	return v
}

// Uint64 returns the uint64 representation of x (the low 64 bits if x does not fit).
func (x *Int) Uint64() uint64 {
	return x.low64()
}

// IsInt64 reports whether x can be represented as an int64.
func (x *Int) IsInt64() bool {
	if len(x.abs) <= 1 {
		w := int64(x.low64())
		return w >= 0 || x.neg && w == -w
	}
	return false
}

// IsUint64 reports whether x can be represented as a uint64.
func (x *Int) IsUint64() bool {
	return !x.neg && len(x.abs) <= 1
}

// Float64 returns the float64 value nearest x, and an indication of any rounding.
func (x *Int) Float64() (float64, Accuracy) {
	n := x.BitLen()
	if n == 0 {
		return 0.0, Exact
	}
	if n <= 53 {
		f := float64(x.low64())
		if x.neg {
			f = -f
		}
		return f, Exact
	}
	// Round to 53 bits by hand: the top 54 bits, then to nearest even with the sticky
	// bit of everything below.
	shift := n - 54
	top := new(Int).Rsh(new(Int).Abs(x), uint(shift)).low64()
	sticky := new(Int).Lsh(new(Int).SetUint64(top), uint(shift)).CmpAbs(x) != 0
	mant := top >> 1
	if top&1 == 1 && (sticky || mant&1 == 1) {
		mant++
	}
	f := math.Ldexp(float64(mant), shift+1)
	if x.neg {
		f = -f
	}
	exact := new(Int)
	if !math.IsInf(f, 0) {
		exact.SetUint64(mant)
		exact.Lsh(exact, uint(shift+1))
	}
	acc := Exact
	if c := exact.CmpAbs(x); c < 0 || math.IsInf(f, 0) {
		acc = Below
	} else if c > 0 {
		acc = Above
	}
	if x.neg {
		acc = -acc
	}
	return f, acc
}

// Accuracy describes the rounding error of the most recent operation.
type Accuracy int8

// Constants describing the Accuracy of a Float.
const (
	Below Accuracy = -1
	Exact Accuracy = 0
	Above Accuracy = +1
)

func (a Accuracy) String() string {
	switch a {
	case Below:
		return "Below"
	case Exact:
		return "Exact"
	case Above:
		return "Above"
	}
	return fmt.Sprintf("Accuracy(%d)", int8(a))
}

// BitLen returns the length of the absolute value of x in bits.
func (x *Int) BitLen() int {
	if len(x.abs) == 0 {
		return 0
	}
	return (len(x.abs)-1)*64 + bits.Len64(uint64(x.abs[len(x.abs)-1]))
}

// TrailingZeroBits returns the number of consecutive least significant zero bits of |x|.
func (x *Int) TrailingZeroBits() uint {
	for i, w := range x.abs {
		if w != 0 {
			return uint(i)*64 + uint(bits.TrailingZeros64(uint64(w)))
		}
	}
	return 0
}

// Bit returns the value of the i'th bit of x (two's complement for negative x).
func (x *Int) Bit(i int) uint {
	if i < 0 {
		panic("negative bit index")
	}
	t := new(Int).Rsh(x, uint(i))
	return uint(new(Int).And(t, NewInt(1)).low64())
}

// SetBit sets z to x, with x's i'th bit set to b (0 or 1).
func (z *Int) SetBit(x *Int, i int, b uint) *Int {
	if i < 0 {
		panic("negative bit index")
	}
	mask := new(Int).Lsh(NewInt(1), uint(i))
	switch b {
	case 0:
		return z.AndNot(x, mask)
	case 1:
		return z.Or(x, mask)
	}
	panic("set bit is not 0 or 1")
}

func (z *Int) Lsh(x *Int, n uint) *Int {
	return z.op(opLsh, x, new(Int).SetUint64(uint64(n)))
}

func (z *Int) Rsh(x *Int, n uint) *Int {
	return z.op(opRsh, x, new(Int).SetUint64(uint64(n)))
}

func (z *Int) And(x, y *Int) *Int { return z.op(opAnd, x, y) }

func (z *Int) Or(x, y *Int) *Int { return z.op(opOr, x, y) }

func (z *Int) Xor(x, y *Int) *Int { return z.op(opXor, x, y) }

func (z *Int) AndNot(x, y *Int) *Int { return z.op(opAndNot, x, y) }

// Not sets z = ^x and returns z.
func (z *Int) Not(x *Int) *Int {
	return z.op(opSub, new(Int).Neg(x), NewInt(1))
}

// Exp sets z = x**y mod |m| (i.e. the sign of m is ignored), and returns z. If m == nil
// or m == 0, z = x**y unless y <= 0 then z = 1. If m != 0, y < 0, and x and m are not
// relatively prime, z is unchanged and nil is returned.
func (z *Int) Exp(x, y, m *Int) *Int {
	xWords := x.abs
	if y.neg {
		if m == nil || len(m.abs) == 0 {
			return z.SetInt64(1)
		}
		inverse := new(Int).ModInverse(x, m)
		if inverse == nil {
			return nil
		}
		xWords = inverse.abs
	}
	yWords := y.abs
	var mWords nat
	if m != nil {
		mWords = m.abs
	}
	xneg := x.neg
	z.abs = natExp(xWords, yWords, mWords)
	z.neg = len(z.abs) > 0 && xneg && len(yWords) > 0 && yWords[0]&1 == 1
	if z.neg && len(mWords) > 0 {
		// The result is x**y mod |m| in [0, |m|).
		_, z.abs = intOp(opSub, false, mWords, false, z.abs)
		z.neg = false
	}
	return z
}

// Sqrt sets z to ⌊√x⌋, the largest integer such that z² ≤ x, and returns z. It panics if
// x is negative.
func (z *Int) Sqrt(x *Int) *Int {
	if x.neg {
		panic("square root of negative number")
	}
	z.neg = false
	z.abs = natSqrt(x.abs)
	return z
}

// GCD sets z to the greatest common divisor of a and b and returns z. If x or y are not
// nil, GCD sets their value such that z = a*x + b*y (the coefficients of the extended
// Euclidean algorithm, as Go's).
func (z *Int) GCD(x, y, a, b *Int) *Int {
	if len(a.abs) == 0 || len(b.abs) == 0 {
		lenA, lenB, negA := len(a.abs), len(b.abs), a.neg
		if lenA == 0 {
			z.Set(b)
		} else {
			z.Set(a)
		}
		z.neg = false
		if x != nil {
			if lenA == 0 {
				x.SetUint64(0)
			} else {
				x.SetUint64(1)
				x.neg = negA
			}
		}
		if y != nil {
			if lenB == 0 {
				y.SetUint64(0)
			} else {
				y.SetUint64(1)
				y.neg = b.neg
			}
		}
		return z
	}
	if x == nil && y == nil {
		return z.op(opGcd, a, b)
	}
	A := new(Int).Abs(a)
	B := new(Int).Abs(b)
	Ua, Ub := NewInt(1), new(Int)
	if A.Cmp(B) < 0 {
		A, B = B, A
		Ua, Ub = Ub, Ua
	}
	for len(B.abs) > 0 {
		q, r := new(Int).QuoRem(A, B, new(Int))
		A, B = B, r
		Ua, Ub = Ub, new(Int).Sub(Ua, new(Int).Mul(q, Ub))
	}
	aa, bb := new(Int).Set(a), new(Int).Set(b)
	if y != nil {
		// y = (z - a*x) / b
		t := new(Int).Mul(aa, Ua)
		if aa.neg {
			t.neg = !t.neg && len(t.abs) > 0
		}
		t.Sub(A, t)
		y.Div(t, bb)
	}
	if x != nil {
		x.Set(Ua)
		if aa.neg {
			x.neg = !x.neg && len(x.abs) > 0
		}
	}
	z.Set(A)
	return z
}

// ModInverse sets z to the multiplicative inverse of g in the ring ℤ/nℤ and returns z.
// If g and n are not relatively prime, g has no multiplicative inverse in the ring ℤ/nℤ;
// z is unchanged and the return value is nil. If n == 0, a division-by-zero run-time
// panic occurs.
func (z *Int) ModInverse(g, n *Int) *Int {
	if n.neg {
		n = new(Int).Neg(n)
	}
	if g.neg {
		g = new(Int).Mod(g, n)
	}
	var d, x Int
	d.GCD(&x, nil, g, n)
	if d.Cmp(NewInt(1)) != 0 {
		return nil
	}
	if x.neg {
		z.Add(&x, n)
	} else {
		z.Set(&x)
	}
	return z
}

// ProbablyPrime reports whether x is probably prime. It panics if n < 0.
func (x *Int) ProbablyPrime(n int) bool {
	if n < 0 {
		panic("negative n for ProbablyPrime")
	}
	if x.neg || len(x.abs) == 0 {
		return false
	}
	return natProbablyPrime(x.abs)
}

// MulRange sets z to the product of all integers in the range [a, b] inclusively and
// returns z. If a > b (empty range), the result is 1.
func (z *Int) MulRange(a, b int64) *Int {
	switch {
	case a > b:
		return z.SetInt64(1)
	case a <= 0 && b >= 0:
		return z.SetInt64(0)
	}
	neg := false
	if a < 0 {
		neg = (b-a)&1 == 0
		a, b = -b, -a
	}
	p := mulRange(uint64(a), uint64(b))
	z.abs = p.abs
	z.neg = neg
	return z
}

// mulRange multiplies by halves, so the products stay balanced.
func mulRange(a, b uint64) *Int {
	switch {
	case a == b:
		return new(Int).SetUint64(a)
	case a+1 == b:
		return new(Int).Mul(new(Int).SetUint64(a), new(Int).SetUint64(b))
	}
	m := a + (b-a)/2
	return new(Int).Mul(mulRange(a, m), mulRange(m+1, b))
}

// Binomial sets z to the binomial coefficient C(n, k) and returns z.
func (z *Int) Binomial(n, k int64) *Int {
	if k > n {
		return z.SetInt64(0)
	}
	if k > n-k {
		k = n - k
	}
	var a, b Int
	a.MulRange(n-k+1, n)
	b.MulRange(1, k)
	return z.Quo(&a, &b)
}

// Bytes returns the absolute value of x as a big-endian byte slice.
func (x *Int) Bytes() []byte {
	buf := make([]byte, len(x.abs)*8)
	return buf[x.fill(buf):]
}

// fill writes |x| big-endian at the end of buf and returns where it starts.
func (x *Int) fill(buf []byte) int {
	i := len(buf)
	for _, w := range x.abs {
		for k := 0; k < 8; k++ {
			if i == 0 {
				if w != 0 {
					panic("math/big: buffer too small to fit value")
				}
				break
			}
			i--
			buf[i] = byte(w)
			w >>= 8
		}
	}
	for i < len(buf) && buf[i] == 0 {
		i++
	}
	return i
}

// FillBytes sets buf to the absolute value of x, storing it as a zero-extended
// big-endian byte slice, and returns buf.
func (x *Int) FillBytes(buf []byte) []byte {
	for i := range buf {
		buf[i] = 0
	}
	x.fill(buf)
	return buf
}

// SetBytes interprets buf as the bytes of a big-endian unsigned integer, sets z to that
// value, and returns z.
func (z *Int) SetBytes(buf []byte) *Int {
	var abs nat
	for i := len(buf); i > 0; i -= 8 {
		lo := i - 8
		if lo < 0 {
			lo = 0
		}
		var w Word
		for _, c := range buf[lo:i] {
			w = w<<8 | Word(c)
		}
		abs = append(abs, w)
	}
	z.neg = false
	return z.SetBits(abs)
}
