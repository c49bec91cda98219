package main

import "fmt"

// Typed constants and conversions of constants to T, shifts of converted values.
type Int interface{ ~int | ~int32 | ~uint16 }

func Pow2[T Int](k int) T { return T(1) << k }

func Mask[T Int](bits int) T { return Pow2[T](bits) - 1 }

func Clip[T Int](x T) T {
	const limit = 1000
	if x > limit {
		return limit
	}
	return x
}

func main() {
	fmt.Println(Pow2[int](10), Pow2[uint16](15), Pow2[uint16](16), Pow2[int32](31))
	fmt.Println(Mask[int](4), Mask[uint16](16))
	fmt.Println(Clip(5000), Clip[uint16](999), Clip[int32](1001))
}
