// Package md5 is Go's crypto/md5: the MD5 hash (RFC 1321).
package md5

import (
	"hash"
	"math"
)

// The size of an MD5 checksum in bytes.
const Size = 16

// The blocksize of MD5 in bytes.
const BlockSize = 64

// table[i] is floor(abs(sin(i+1)) * 2**32), RFC 1321's T.
var table = makeTable()

func makeTable() [64]uint32 {
	var t [64]uint32
	for i := range t {
		t[i] = uint32(math.Floor(math.Abs(math.Sin(float64(i+1))) * (1 << 32)))
	}
	return t
}

// digest is the running state: s after the whole blocks seen, the partial block in x[:nx].
type digest struct {
	s   [4]uint32
	x   [BlockSize]byte
	nx  int
	len uint64
}

func (d *digest) Reset() {
	d.s = [4]uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476}
	d.nx = 0
	d.len = 0
}

// New returns a new hash.Hash computing the MD5 checksum.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Size() int { return Size }

func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) Write(p []byte) (nn int, err error) {
	nn = len(p)
	d.len += uint64(nn)
	if d.nx > 0 {
		n := copy(d.x[d.nx:], p)
		d.nx += n
		if d.nx == BlockSize {
			block(d, d.x[:])
			d.nx = 0
		}
		p = p[n:]
	}
	if len(p) >= BlockSize {
		n := len(p) &^ (BlockSize - 1)
		block(d, p[:n])
		p = p[n:]
	}
	if len(p) > 0 {
		d.nx = copy(d.x[:], p)
	}
	return nn, nil
}

// Sum appends the checksum to in, leaving the running state as it was.
func (d *digest) Sum(in []byte) []byte {
	d0 := *d
	sum := d0.checkSum()
	return append(in, sum[:]...)
}

func (d *digest) checkSum() [Size]byte {
	n := d.len
	// Padding: a 1 bit, zeros up to 56 mod 64 bytes, the length in bits, little-endian.
	var tmp [64 + 8]byte
	tmp[0] = 0x80
	var t uint64
	if n%64 < 56 {
		t = 56 - n%64
	} else {
		t = 64 + 56 - n%64
	}
	n <<= 3
	padlen := tmp[:t+8]
	for i := uint64(0); i < 8; i++ {
		padlen[t+i] = byte(n >> (8 * i))
	}
	d.Write(padlen)
	var out [Size]byte
	for i, s := range d.s {
		out[i*4] = byte(s)
		out[i*4+1] = byte(s >> 8)
		out[i*4+2] = byte(s >> 16)
		out[i*4+3] = byte(s >> 24)
	}
	return out
}

// Sum returns the MD5 checksum of the data.
func Sum(data []byte) [Size]byte {
	d := new(digest)
	d.Reset()
	d.Write(data)
	return d.checkSum()
}

// block runs the four rounds over each 64-byte block of p (natively).
func block(d *digest, p []byte) {
	blockNative(d.s[:], p, table[:])
}

// native
func blockNative(s []uint32, p []byte, t []uint32)
