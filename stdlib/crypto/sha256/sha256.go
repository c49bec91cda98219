// Package sha256 is Go's crypto/sha256: SHA-224 and SHA-256 (FIPS 180-4).
package sha256

import "hash"

// The size of a SHA-256 checksum in bytes.
const Size = 32

// The size of a SHA-224 checksum in bytes.
const Size224 = 28

// The blocksize of SHA-256 and SHA-224 in bytes.
const BlockSize = 64

var init256 = [8]uint32{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19}
var init224 = [8]uint32{0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4}

// digest is the running state: h after the whole blocks seen, the partial block in x[:nx].
type digest struct {
	h     [8]uint32
	x     [BlockSize]byte
	nx    int
	len   uint64
	is224 bool
}

func (d *digest) Reset() {
	if d.is224 {
		d.h = init224
	} else {
		d.h = init256
	}
	d.nx = 0
	d.len = 0
}

// New returns a new hash.Hash computing the SHA-256 checksum.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

// New224 returns a new hash.Hash computing the SHA-224 checksum.
func New224() hash.Hash {
	d := &digest{is224: true}
	d.Reset()
	return d
}

func (d *digest) Size() int {
	if d.is224 {
		return Size224
	}
	return Size
}

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
	return append(in, sum[:d.Size()]...)
}

func (d *digest) checkSum() [Size]byte {
	n := d.len
	// Padding: a 1 bit, zeros up to 56 mod 64 bytes, then the length in bits.
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

// Sum256 returns the SHA256 checksum of the data.
func Sum256(data []byte) [Size]byte {
	d := new(digest)
	d.Reset()
	d.Write(data)
	return d.checkSum()
}

// Sum224 returns the SHA224 checksum of the data.
func Sum224(data []byte) [Size224]byte {
	d := &digest{is224: true}
	d.Reset()
	d.Write(data)
	sum := d.checkSum()
	var out [Size224]byte
	copy(out[:], sum[:Size224])
	return out
}

// block runs the compression function over each 64-byte block of p (natively: the Go
// side keeps the state, buffering and padding).
func block(d *digest, p []byte) {
	blockNative(d.h[:], p, _K[:])
}

// native
func blockNative(h []uint32, p []byte, k []uint32)
