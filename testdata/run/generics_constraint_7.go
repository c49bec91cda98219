package main

import (
	"cmp"
	"fmt"
)

// cmp.Ordered in user code: generic Max/Min/Clamp over all ordered kinds.
func Max[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Clamp[T cmp.Ordered](x, lo, hi T) T {
	if x < lo {
		return lo
	}
	if x > hi {
		return hi
	}
	return x
}

type Grade byte

func main() {
	fmt.Println(Max(3, 4), Max("abc", "abd"), Max(2.5, -1.0))
	fmt.Println(Max[uint](7, 3), Max(Grade('B'), Grade('A')))
	fmt.Println(Clamp(150, 0, 100), Clamp(-5.5, -1, 1), Clamp("m", "a", "k"))
	fmt.Println(Max[uintptr](1, 2), Max[int8](-3, -4))
}
