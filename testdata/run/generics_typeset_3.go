package main

import "fmt"

// Division semantics per instantiation: integer vs float.
type Number interface{ ~int | ~int64 | ~float64 | ~float32 }

func Half[T Number](x T) T { return x / 2 }

func Ratio[T Number](a, b T) float64 { return float64(a) / float64(b) }

func Mean[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s / T(len(xs))
}

func main() {
	fmt.Println(Half(7), Half(7.0), Half[float32](1))
	fmt.Println(Half[int64](-7))
	fmt.Println(Ratio(1, 3), Ratio[float32](1, 4))
	fmt.Println(Mean([]int{1, 2, 4}), Mean([]float64{1, 2, 4}))
}
