// Integer bit manipulation: math/bits, overflow wrap-around, shifts, masks, two's
// complement, and a bitset type with set operations.
package main

import (
	"fmt"
	"math"
	"math/bits"
	"strings"
)

type BitSet []uint64

func (b *BitSet) Set(i int) {
	for len(*b) <= i/64 {
		*b = append(*b, 0)
	}
	(*b)[i/64] |= 1 << (i % 64)
}
func (b BitSet) Has(i int) bool { return i/64 < len(b) && b[i/64]&(1<<(i%64)) != 0 }
func (b BitSet) Count() int {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
}
func (b BitSet) And(o BitSet) BitSet {
	r := make(BitSet, min(len(b), len(o)))
	for i := range r {
		r[i] = b[i] & o[i]
	}
	return r
}
func (b BitSet) String() string {
	var parts []string
	for i := 0; i < len(b)*64; i++ {
		if b.Has(i) {
			parts = append(parts, fmt.Sprint(i))
		}
	}
	return "{" + strings.Join(parts, ",") + "}"
}

func main() {
	var x uint8 = 250
	x += 10
	var y int8 = 127
	y++
	var z int32 = math.MinInt32
	z = -z
	u16 := uint16(65535)
	u16++
	fmt.Println(x, y, z, u16, int64(math.MaxInt64)+int64(x)-4)
	a := 0b1011_0110
	fmt.Printf("%08b %08b %08b %08b %d %d\n", a, a&^0b110, a|1, a^0xff, a>>2, a<<3)
	fmt.Printf("%x %X %#x %o %b\n", -255, uint32(1<<31), 3054, 64, -5)
	var u uint32 = 0xF0F0_0001
	fmt.Println(bits.OnesCount32(u), bits.LeadingZeros32(u), bits.TrailingZeros32(u), bits.Len32(u))
	fmt.Println(bits.RotateLeft8(0b1000_0001, 1), bits.Reverse8(0b0000_0110), bits.ReverseBytes16(0x1234) == 0x3412)
	hi, lo := bits.Mul64(math.MaxUint64, 3)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	q, r := bits.Div64(0, 100, 7)
	fmt.Println(hi, lo, sum, carry, q, r)
	shift := 70
	fmt.Println(1<<shift>>shift, uint64(1)<<(shift%64), -8>>1, -1>>60, uint(1)<<63)
	var s BitSet
	for _, i := range []int{1, 3, 64, 65, 130} {
		s.Set(i)
	}
	var t BitSet
	for i := 0; i < 140; i += 3 {
		t.Set(i)
	}
	fmt.Println(s, s.Count(), t.Count(), s.And(t), s.Has(64), s.Has(2), len(s))
	powers := []int{}
	for n := 1; n <= 1<<10; n <<= 1 {
		if n&(n-1) == 0 {
			powers = append(powers, bits.Len(uint(n))-1)
		}
	}
	fmt.Println(powers)
	fmt.Println(math.MaxInt8, math.MinInt16, math.MaxUint16, uint64(math.MaxUint64), math.MaxInt)
	f := 1.9
	neg := -1.9
	big := 1e19
	fmt.Println(int(f), int(neg), uint8(int(f)+255), int64(float32(16777217)), uint64(big))
	h := uint32(2166136261)
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Printf("fnv=%08x\n", h)
}
