package main

import (
	"fmt"
	"math/bits"
	"strings"
)

func fnv1a(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

type Bloom struct {
	bits [4]uint64
	k    int
}

func (b *Bloom) idx(s string, i int) uint {
	h := fnv1a(s + strings.Repeat("#", i))
	return uint(h % 256)
}

func (b *Bloom) Add(s string) {
	for i := 0; i < b.k; i++ {
		n := b.idx(s, i)
		b.bits[n/64] |= 1 << (n % 64)
	}
}

func (b *Bloom) Has(s string) bool {
	for i := 0; i < b.k; i++ {
		n := b.idx(s, i)
		if b.bits[n/64]&(1<<(n%64)) == 0 {
			return false
		}
	}
	return true
}

func main() {
	for _, s := range []string{"", "a", "hello", "Go"} {
		fmt.Printf("%-6q %10d %08x\n", s, fnv1a(s), fnv1a(s))
	}
	b := &Bloom{k: 3}
	for _, w := range strings.Fields("apple banana cherry") {
		b.Add(w)
	}
	for _, w := range strings.Fields("apple cherry durian fig") {
		fmt.Print(w, "=", b.Has(w), " ")
	}
	fmt.Println()
	total := 0
	for _, w := range b.bits {
		total += bits.OnesCount64(w)
	}
	fmt.Println("bits set:", total)
	var x uint8 = 200
	x += 100
	var y int8 = 127
	y++
	var z int32 = -1 << 31
	z--
	big := 70000
	fmt.Println(x, y, z, uint16(big), int8(-129+256))
	u := uint64(0xF0F0)
	fmt.Println(bits.LeadingZeros64(u), bits.TrailingZeros64(u), bits.Len(255), bits.Reverse8(1), bits.RotateLeft32(1, -1))
	fmt.Printf("%b %o %X %#x %#o %08b\n", 10, 64, 255, 255, 8, 5)
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	n := -7
	fmt.Println(n/2, n%2, n>>1, uint(n)>>60, ^n, n&^3)
}
