package main

import "fmt"

// A generic bitset-backed set for small integer-like types.
type Small interface{ ~uint8 | ~int8 }

type BitSet[T Small] struct{ words [4]uint64 }

func (b *BitSet[T]) Add(x T) {
	i := uint8(x)
	b.words[i/64] |= 1 << (i % 64)
}

func (b *BitSet[T]) Has(x T) bool {
	i := uint8(x)
	return b.words[i/64]&(1<<(i%64)) != 0
}

func (b *BitSet[T]) Items() []T {
	var out []T
	for i := 0; i < 256; i++ {
		if b.words[i/64]&(1<<(uint(i)%64)) != 0 {
			out = append(out, T(uint8(i)))
		}
	}
	return out
}

type Weekday uint8

func main() {
	var s BitSet[Weekday]
	s.Add(3)
	s.Add(0)
	s.Add(200)
	s.Add(3)
	fmt.Println(s.Items(), s.Has(3), s.Has(4))
	var t BitSet[int8]
	t.Add(-1)
	t.Add(5)
	fmt.Println(t.Items(), t.Has(-1))
}
