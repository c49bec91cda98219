package rand

// ChaCha8 is Go's ChaCha8-based generator (internal/chacha8rand): each block runs four
// ChaCha8 instances (counters c..c+3) side by side, and its 32 output words interleave
// them as Go's SIMD layout does; every 16 counters the last 4 words reseed the key.

const (
	chachaCtrInc = 4
	chachaCtrMax = 16
	chachaChunk  = 32
	chachaReseed = 4
)

// A ChaCha8 is a ChaCha8-based cryptographically strong random number generator.
type ChaCha8 struct {
	buf  [32]uint64
	seed [4]uint64
	i    uint32
	n    uint32
	c    uint32

	readBuf [8]byte
	readLen int // the last readLen bytes of readBuf are still unread
}

// NewChaCha8 returns a ChaCha8 seeded with seed.
func NewChaCha8(seed [32]byte) *ChaCha8 {
	c := new(ChaCha8)
	c.Seed(seed)
	return c
}

func (c *ChaCha8) Seed(seed [32]byte) {
	for i := range c.seed {
		var x uint64
		for k := 7; k >= 0; k-- {
			x = x<<8 | uint64(seed[i*8+k])
		}
		c.seed[i] = x
	}
	c.init()
	c.readLen = 0
	c.readBuf = [8]byte{}
}

func (c *ChaCha8) init() {
	chachaBlock(&c.seed, &c.buf, 0)
	c.c = 0
	c.i = 0
	c.n = chachaChunk
}

func (c *ChaCha8) refill() {
	c.c += chachaCtrInc
	if c.c == chachaCtrMax {
		for k := 0; k < chachaReseed; k++ {
			c.seed[k] = c.buf[len(c.buf)-chachaReseed+k]
		}
		c.c = 0
	}
	chachaBlock(&c.seed, &c.buf, c.c)
	c.i = 0
	c.n = uint32(len(c.buf))
	if c.c == chachaCtrMax-chachaCtrInc {
		c.n = uint32(len(c.buf)) - chachaReseed
	}
}

func (c *ChaCha8) Uint64() uint64 {
	for c.i >= c.n {
		c.refill()
	}
	x := c.buf[c.i]
	c.i++
	return x
}

// Read fills p with random bytes, eight from each Uint64, low byte first; the bytes of a
// value a read leaves unused are the next read's first.
func (c *ChaCha8) Read(p []byte) (n int, err error) {
	if c.readLen > 0 {
		n = copy(p, c.readBuf[len(c.readBuf)-c.readLen:])
		c.readLen -= n
		p = p[n:]
	}
	for len(p) > 0 {
		x := c.Uint64()
		for k := range c.readBuf {
			c.readBuf[k] = byte(x >> (8 * k))
		}
		m := copy(p, c.readBuf[:])
		n += m
		p = p[m:]
		c.readLen = len(c.readBuf) - m
	}
	return n, nil
}

// chachaBlock computes four ChaCha8 blocks. Row k of the state holds word k of the four
// instances (w[4*k+lane]); buf is those 64 words read as little-endian uint64 pairs.
func chachaBlock(seed *[4]uint64, buf *[32]uint64, counter uint32) {
	var w [64]uint32
	consts := [4]uint32{0x61707865, 0x3320646e, 0x79622d32, 0x6b206574}
	for lane := 0; lane < 4; lane++ {
		for k := 0; k < 4; k++ {
			w[4*k+lane] = consts[k]
		}
		for k := 0; k < 4; k++ {
			w[4*(4+2*k)+lane] = uint32(seed[k])
			w[4*(5+2*k)+lane] = uint32(seed[k] >> 32)
		}
		w[4*12+lane] = counter + uint32(lane)
	}
	for lane := 0; lane < 4; lane++ {
		var x [16]uint32
		for k := range x {
			x[k] = w[4*k+lane]
		}
		for round := 0; round < 4; round++ {
			quarter(&x, 0, 4, 8, 12)
			quarter(&x, 1, 5, 9, 13)
			quarter(&x, 2, 6, 10, 14)
			quarter(&x, 3, 7, 11, 15)
			quarter(&x, 0, 5, 10, 15)
			quarter(&x, 1, 6, 11, 12)
			quarter(&x, 2, 7, 8, 13)
			quarter(&x, 3, 4, 9, 14)
		}
		// Unlike ChaCha proper, only the key words get the input added back.
		for k := range x {
			if k >= 4 && k < 12 {
				w[4*k+lane] += x[k]
			} else {
				w[4*k+lane] = x[k]
			}
		}
	}
	for j := range buf {
		buf[j] = uint64(w[2*j]) | uint64(w[2*j+1])<<32
	}
}

func quarter(x *[16]uint32, a, b, c, d int) {
	x[a] += x[b]
	x[d] ^= x[a]
	x[d] = x[d]<<16 | x[d]>>16
	x[c] += x[d]
	x[b] ^= x[c]
	x[b] = x[b]<<12 | x[b]>>20
	x[a] += x[b]
	x[d] ^= x[a]
	x[d] = x[d]<<8 | x[d]>>24
	x[c] += x[d]
	x[b] ^= x[c]
	x[b] = x[b]<<7 | x[b]>>25
}
