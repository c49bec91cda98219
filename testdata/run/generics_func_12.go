package main

import "fmt"

// Generic functions calling other generic functions with forwarded type parameters.
type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func Less[T Ordered](a, b T) bool { return a < b }

func InsertionSort[T Ordered](xs []T) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && Less(xs[j], xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func Sorted[T Ordered](xs []T) []T {
	cp := append([]T(nil), xs...)
	InsertionSort(cp)
	return cp
}

func Median[T Ordered](xs []T) T {
	s := Sorted(xs)
	return s[len(s)/2]
}

type Version string

func main() {
	xs := []int{5, 2, 9, 1}
	fmt.Println(Sorted(xs), xs)
	fmt.Println(Median([]float64{3.5, 1.5, 2.5}))
	fmt.Println(Sorted([]Version{"v1.10", "v1.2", "v1.1"}))
	fmt.Println(Median([]string{"b", "c", "a", "d"}))
}
