// Package fnv is Go's hash/fnv: the FNV-1 and FNV-1a hashes (32 and 64 bits).
package fnv

import (
	"hash"
	"math/bits"
)

type (
	sum32  uint32
	sum32a uint32
	sum64  uint64
	sum64a uint64
)

const (
	offset32 = 2166136261
	offset64 = 14695981039346656037
	prime32  = 16777619
	prime64  = 1099511628211
)

func New32() hash.Hash32 {
	var s sum32 = offset32
	return &s
}

func New32a() hash.Hash32 {
	var s sum32a = offset32
	return &s
}

func New64() hash.Hash64 {
	var s sum64 = offset64
	return &s
}

func New64a() hash.Hash64 {
	var s sum64a = offset64
	return &s
}

func (s *sum32) Reset()  { *s = offset32 }
func (s *sum32a) Reset() { *s = offset32 }
func (s *sum64) Reset()  { *s = offset64 }
func (s *sum64a) Reset() { *s = offset64 }

func (s *sum32) Sum32() uint32  { return uint32(*s) }
func (s *sum32a) Sum32() uint32 { return uint32(*s) }
func (s *sum64) Sum64() uint64  { return uint64(*s) }
func (s *sum64a) Sum64() uint64 { return uint64(*s) }

func (s *sum32) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h *= prime32
		h ^= sum32(c)
	}
	*s = h
	return len(data), nil
}

func (s *sum32a) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h ^= sum32a(c)
		h *= prime32
	}
	*s = h
	return len(data), nil
}

func (s *sum64) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h *= prime64
		h ^= sum64(c)
	}
	*s = h
	return len(data), nil
}

func (s *sum64a) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h ^= sum64a(c)
		h *= prime64
	}
	*s = h
	return len(data), nil
}

func (s *sum32) Size() int  { return 4 }
func (s *sum32a) Size() int { return 4 }
func (s *sum64) Size() int  { return 8 }
func (s *sum64a) Size() int { return 8 }

func (s *sum32) BlockSize() int  { return 1 }
func (s *sum32a) BlockSize() int { return 1 }
func (s *sum64) BlockSize() int  { return 1 }
func (s *sum64a) BlockSize() int { return 1 }

func (s *sum32) Sum(in []byte) []byte  { return appendBE(in, uint64(*s), 4) }
func (s *sum32a) Sum(in []byte) []byte { return appendBE(in, uint64(*s), 4) }
func (s *sum64) Sum(in []byte) []byte  { return appendBE(in, uint64(*s), 8) }
func (s *sum64a) Sum(in []byte) []byte { return appendBE(in, uint64(*s), 8) }

// appendBE appends the low n bytes of v, most significant first.
func appendBE(b []byte, v uint64, n int) []byte {
	for i := n - 1; i >= 0; i-- {
		b = append(b, byte(v>>(8*uint(i))))
	}
	return b
}

// The 128-bit FNV hashes keep their state as two 64-bit halves (hi, lo).
type (
	sum128  [2]uint64
	sum128a [2]uint64
)

const (
	offset128Hi = 0x6c62272e07bb0142
	offset128Lo = 0x62b821756295c58d
	// prime128 is 2**88 + 0x13b: its high half is 1 << 24, its low half 0x13b.
	prime128Lower = 0x13b
	prime128Shift = 24
)

func New128() hash.Hash {
	var s sum128
	s[0], s[1] = offset128Hi, offset128Lo
	return &s
}

func New128a() hash.Hash {
	var s sum128a
	s[0], s[1] = offset128Hi, offset128Lo
	return &s
}

func (s *sum128) Reset()  { s[0], s[1] = offset128Hi, offset128Lo }
func (s *sum128a) Reset() { s[0], s[1] = offset128Hi, offset128Lo }

// mul128 multiplies the 128-bit (hi, lo) by the FNV prime, modulo 2**128.
func mul128(hi, lo uint64) (uint64, uint64) {
	h, l := bits.Mul64(prime128Lower, lo)
	h += (hi * prime128Lower) + (lo << prime128Shift)
	return h, l
}

func (s *sum128) Write(data []byte) (int, error) {
	for _, c := range data {
		s[0], s[1] = mul128(s[0], s[1])
		s[1] ^= uint64(c)
	}
	return len(data), nil
}

func (s *sum128a) Write(data []byte) (int, error) {
	for _, c := range data {
		s[1] ^= uint64(c)
		s[0], s[1] = mul128(s[0], s[1])
	}
	return len(data), nil
}

func (s *sum128) Size() int  { return 16 }
func (s *sum128a) Size() int { return 16 }

func (s *sum128) BlockSize() int  { return 1 }
func (s *sum128a) BlockSize() int { return 1 }

func (s *sum128) Sum(in []byte) []byte  { return appendBE(appendBE(in, s[0], 8), s[1], 8) }
func (s *sum128a) Sum(in []byte) []byte { return appendBE(appendBE(in, s[0], 8), s[1], 8) }
