package main

import "fmt"

// Multiple return values and named results of type-parameter types.
func MinMax[T ~int | ~float64 | ~string](xs []T) (lo, hi T, ok bool) {
	if len(xs) == 0 {
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return lo, hi, true
}

func Swap[A, B any](a A, b B) (B, A) { return b, a }

func main() {
	lo, hi, ok := MinMax([]int{3, -2, 9, 4})
	fmt.Println(lo, hi, ok)
	s1, s2, ok := MinMax([]string{"kiwi", "apple", "zucchini"})
	fmt.Println(s1, s2, ok)
	f1, f2, ok := MinMax([]float64(nil))
	fmt.Println(f1, f2, ok)
	x, y := Swap(1, "one")
	fmt.Println(x, y)
	a, b := Swap(Swap(true, 2.5))
	fmt.Println(a, b)
}
