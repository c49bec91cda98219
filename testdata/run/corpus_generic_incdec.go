// x++ and x-- on a value whose type is a type parameter with a numeric type set of no
// single core type (integers, floats and complex numbers mixed).
package main

import "fmt"

type Numeric interface {
	int8 | uint16 | int64 | float32 | float64 | complex64 | complex128
}

func inc[T Numeric](x T) T {
	x++
	return x
}

func dec[T Numeric](x T) (T, T) {
	y := x
	x--
	x--
	return x, y
}

type Celsius float64

func step[T ~float64 | ~int](xs []T) []T {
	for i := range xs {
		xs[i]++
	}
	return xs
}

func main() {
	fmt.Println(inc(int8(127)), inc(uint16(65535)), inc(int64(-1)))
	fmt.Println(inc(float32(0.5)), inc(1.25), inc(complex64(1+2i)), inc(3i))
	fmt.Println(dec(uint16(1)))
	fmt.Println(dec(complex(1.5, -1)))
	fmt.Println(step([]Celsius{1.5, -2}), step([]int{0, 9}))
}
