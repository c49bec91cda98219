package rand

import "math/bits"

// A PCG is a 128-bit permuted congruential generator (PCG-DXSM), as Go's.
type PCG struct {
	hi uint64
	lo uint64
}

// NewPCG returns a PCG seeded with (seed1, seed2).
func NewPCG(seed1, seed2 uint64) *PCG {
	return &PCG{seed1, seed2}
}

func (p *PCG) Seed(seed1, seed2 uint64) {
	p.hi = seed1
	p.lo = seed2
}

// next steps the 128-bit LCG state: state = state * mul + inc (mod 2**128).
func (p *PCG) next() (hi, lo uint64) {
	const (
		mulHi = 2549297995355413924
		mulLo = 4865540595714422341
		incHi = 6364136223846793005
		incLo = 1442695040888963407
	)
	hi, lo = bits.Mul64(p.lo, mulLo)
	hi += p.hi*mulLo + p.lo*mulHi
	lo, c := bits.Add64(lo, incLo, 0)
	hi, _ = bits.Add64(hi, incHi, c)
	p.lo = lo
	p.hi = hi
	return hi, lo
}

// Uint64 is the DXSM ("double xorshift multiply") output of the next state.
func (p *PCG) Uint64() uint64 {
	hi, lo := p.next()
	const cheapMul = 0xda942042e4dd58b5
	hi ^= hi >> 32
	hi *= cheapMul
	hi ^= hi >> 48
	hi *= (lo | 1)
	return hi
}
