// Package sha1 is Go's crypto/sha1: SHA-1 (RFC 3174).
package sha1

import "hash"

// The size of a SHA-1 checksum in bytes.
const Size = 20

// The blocksize of SHA-1 in bytes.
const BlockSize = 64

// digest is the running state: h after the whole blocks seen, the partial block in x[:nx].
type digest struct {
	h   [5]uint32
	x   [BlockSize]byte
	nx  int
	len uint64
}

func (d *digest) Reset() {
	d.h = [5]uint32{0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0}
	d.nx = 0
	d.len = 0
}

// New returns a new hash.Hash computing the SHA1 checksum.
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
		padlen[t+i] = byte(n >> (56 - 8*i))
	}
	d.Write(padlen)
	var out [Size]byte
	for i, s := range d.h {
		out[i*4] = byte(s >> 24)
		out[i*4+1] = byte(s >> 16)
		out[i*4+2] = byte(s >> 8)
		out[i*4+3] = byte(s)
	}
	return out
}

// Sum returns the SHA-1 checksum of the data.
func Sum(data []byte) [Size]byte {
	d := new(digest)
	d.Reset()
	d.Write(data)
	return d.checkSum()
}

// block runs the 80 rounds over each 64-byte block of p (natively).
func block(d *digest, p []byte) {
	blockNative(d.h[:], p)
}

// native
func blockNative(h []uint32, p []byte)
