package main

import "fmt"

// Embedded constraints.
type Signed interface{ ~int | ~int8 | ~int16 | ~int32 | ~int64 }
type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}
type Integer interface{ Signed | Unsigned }
type Float interface{ ~float32 | ~float64 }
type Number interface {
	Integer | Float
}

func Abs[T Signed | Float](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func Clamp[T Number](x, lo, hi T) T {
	if x < lo {
		return lo
	}
	if x > hi {
		return hi
	}
	return x
}

func Mod[T Integer](a, b T) T { return a % b }

func main() {
	fmt.Println(Abs(-3), Abs(2.5), Abs(int8(-128)))
	fmt.Println(Clamp(15, 0, 10), Clamp(-1.5, 0, 1), Clamp(uint8(5), 1, 9))
	fmt.Println(Mod(17, 5), Mod(uint16(65535), 256), Mod(-7, 3))
}
