package main

import "fmt"

// Array-typed type parameters with a core type: A ~[4]T.
type Number interface{ ~int | ~float64 }

func SumArr[A ~[4]T, T Number](a A) T {
	var s T
	for _, v := range a {
		s += v
	}
	return s
}

func Rev[A ~[4]T, T any](a A) A {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
	return a
}

type Quad [4]int

func main() {
	q := Quad{1, 2, 3, 4}
	fmt.Println(SumArr(q), SumArr([4]float64{0.5, 0.5, 1, 1}))
	r := Rev(q)
	fmt.Println(r, q)
	fmt.Printf("%T\n", r)
	fmt.Println(Rev([4]string{"a", "b", "c", "d"}))
}
