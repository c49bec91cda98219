package main

import "fmt"

// Integer operations whose operands are locals and constants (read in place by the
// evaluator), at every integer size: wrap-around, division, shifts by constants,
// comparisons, and op-assignments.

func i8s(a, b int8) {
	fmt.Println(a+b, a-b, a*b, a^b, a&b, a|b, a&^b, a+1, 1-a, a*3, -a)
	if b != 0 {
		fmt.Println(a/b, a%b, a/3, a%3)
	}
	fmt.Println(a<<1, a<<7, a<<8, a>>1, a>>7, a>>9, a < b, a <= b, a > b, a >= b, a == b, a != b)
	c := a
	c += b
	c *= 3
	c -= 100
	c++
	fmt.Println(c)
}

func u8s(a, b uint8) {
	fmt.Println(a+b, a-b, a*b, a^b, a&b, a|b, a&^b, a+1, 1-a, a*3, -a)
	if b != 0 {
		fmt.Println(a/b, a%b, a/3, a%3)
	}
	fmt.Println(a<<1, a<<7, a<<8, a>>1, a>>7, a>>9, a < b, a <= b, a > b, a >= b)
	c := a
	c += b
	c *= 3
	c--
	fmt.Println(c)
}

func i16s(a, b int16) {
	fmt.Println(a+b, a-b, a*b, a<<3, a>>15, a>>16)
	c := a
	c *= b
	fmt.Println(c)
}

func u16s(a, b uint16) {
	fmt.Println(a+b, a-b, a*b, a<<3, a>>15, a>>16)
}

func i32s(a, b int32) {
	fmt.Println(a+b, a-b, a*b, a<<3, a>>31, a>>40, a < b)
	if b != 0 {
		fmt.Println(a/b, a%b)
	}
}

func u32s(a, b uint32) {
	fmt.Println(a+b, a-b, a*b, a<<3, a>>31, a>>40, a < b, ^a)
}

func i64s(a, b int64) {
	fmt.Println(a+b, a-b, a*b, a<<1, a<<63, a<<64, a>>63, a>>64, a>>200, a < b, a >= b)
	if b != 0 {
		fmt.Println(a/b, a%b)
	}
}

func u64s(a, b uint64) {
	fmt.Println(a+b, a-b, a*b, a<<1, a<<63, a<<64, a>>63, a>>64, a < b, a > b, a <= b, a >= b)
	if b != 0 {
		fmt.Println(a/b, a%b, a/7, a%7)
	}
}

func uints(a, b uint) {
	fmt.Println(a+b, a-b, a < b, a>>1, a/2)
}

func main() {
	i8s(127, 1)
	i8s(-128, -1)
	i8s(-7, 2)
	i8s(100, 0)
	u8s(255, 1)
	u8s(0, 1)
	u8s(200, 7)
	i16s(32767, 2)
	i16s(-32768, -1)
	u16s(65535, 2)
	i32s(2147483647, 1)
	i32s(-2147483648, -1)
	i32s(-9, 4)
	u32s(4294967295, 1)
	u32s(0, 4294967295)
	i64s(9223372036854775807, 1)
	i64s(-9223372036854775808, -1)
	i64s(-9, 4)
	u64s(18446744073709551615, 1)
	u64s(1<<63, 3)
	u64s(0, 18446744073709551615)
	uints(0, 1)
	uints(^uint(0), 2)

	// Loop counters and accumulators held in locals.
	x, acc := 7, 0
	for j := 0; j < 1000; j++ {
		x = (x*31 + j) & 0xFFFF
		if x%3 == 0 {
			acc += x >> 2
		} else {
			acc -= j % 5
		}
	}
	fmt.Println(x, acc)
	var h uint32 = 2166136261
	for i := 0; i < 100; i++ {
		h ^= uint32(i)
		h *= 16777619
	}
	fmt.Println(h)
	var k int8
	for i := 0; i < 300; i++ {
		k += 3
	}
	fmt.Println(k)
	// Swaps and parallel assignments of scalars.
	lo, hi := 1, 9
	for lo < hi {
		lo, hi = lo+1, hi-1
	}
	fmt.Println(lo, hi)
	p, q := 2.5, -1.0
	p, q = q, p
	fmt.Println(p, q)
	s := []int{5, 4, 3, 2, 1}
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
	fmt.Println(s)
	i := 0
	i, s[i] = 2, 99
	fmt.Println(i, s)
}
