package main

import "fmt"

// Type sets with complex numbers and the real/imag builtins on non-generic values.
type Complex interface{ ~complex64 | ~complex128 }

func SumC[T Complex](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Square[T Complex | ~float64](x T) T { return x * x }

func main() {
	s := SumC([]complex128{1 + 2i, 3 - 1i})
	fmt.Println(s, real(s), imag(s))
	fmt.Println(Square(2i), Square(1.5))
	fmt.Println(SumC([]complex64{1i, 1i}))
}
