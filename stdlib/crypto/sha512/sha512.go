// Package sha512 is Go's crypto/sha512: SHA-384 and SHA-512 (FIPS 180-4).
package sha512

import "hash"

const (
	// Size is the size, in bytes, of a SHA-512 checksum.
	Size = 64
	// Size384 is the size, in bytes, of a SHA-384 checksum.
	Size384 = 48
	// BlockSize is the block size, in bytes, of the SHA-512 hash functions.
	BlockSize = 128
)

var init512 = [8]uint64{0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179}
var init384 = [8]uint64{0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939, 0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4}

// digest is the running state: h after the whole blocks seen, the partial block in x[:nx].
type digest struct {
	h     [8]uint64
	x     [BlockSize]byte
	nx    int
	len   uint64
	is384 bool
}

func (d *digest) Reset() {
	if d.is384 {
		d.h = init384
	} else {
		d.h = init512
	}
	d.nx = 0
	d.len = 0
}

// New returns a new hash.Hash computing the SHA-512 checksum.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

// New384 returns a new hash.Hash computing the SHA-384 checksum.
func New384() hash.Hash {
	d := &digest{is384: true}
	d.Reset()
	return d
}

func (d *digest) Size() int {
	if d.is384 {
		return Size384
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
	// Padding: a 1 bit, zeros up to 112 mod 128 bytes, then the length in bits (128 bits).
	var tmp [128 + 16]byte
	tmp[0] = 0x80
	var t uint64
	if n%128 < 112 {
		t = 112 - n%128
	} else {
		t = 128 + 112 - n%128
	}
	n <<= 3
	padlen := tmp[:t+16]
	for i := uint64(0); i < 8; i++ {
		padlen[t+8+i] = byte(n >> (56 - 8*i))
	}
	d.Write(padlen)
	var out [Size]byte
	for i, s := range d.h {
		for k := 0; k < 8; k++ {
			out[i*8+k] = byte(s >> (56 - 8*uint(k)))
		}
	}
	return out
}

// Sum512 returns the SHA512 checksum of the data.
func Sum512(data []byte) [Size]byte {
	d := new(digest)
	d.Reset()
	d.Write(data)
	return d.checkSum()
}

// Sum384 returns the SHA384 checksum of the data.
func Sum384(data []byte) [Size384]byte {
	d := &digest{is384: true}
	d.Reset()
	d.Write(data)
	sum := d.checkSum()
	var out [Size384]byte
	copy(out[:], sum[:Size384])
	return out
}

// block runs the compression function over each 128-byte block of p (natively).
func block(d *digest, p []byte) {
	blockNative(d.h[:], p, _K[:])
}

// native
func blockNative(h []uint64, p []byte, k []uint64)
