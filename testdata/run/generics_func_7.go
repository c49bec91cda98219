package main

import "fmt"

// Zero values of type parameters.
func Zero[T any]() T {
	var z T
	return z
}

func IsZero[T comparable](x T) bool {
	var z T
	return x == z
}

type Point struct{ X, Y int }

func main() {
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[int](), Zero[float64](), Zero[bool]())
	fmt.Println(Zero[*int]() == nil, Zero[[]int]() == nil, Zero[map[string]int]() == nil)
	fmt.Printf("%+v\n", Zero[Point]())
	fmt.Println(Zero[[3]int]())
	fmt.Println(Zero[error]() == nil)
	fmt.Println(IsZero(0), IsZero(5), IsZero(""), IsZero("x"))
	fmt.Println(IsZero(Point{}), IsZero(Point{1, 0}))
	var p *Point
	fmt.Println(IsZero(p), IsZero(&Point{}))
	fmt.Println(IsZero[any](nil), IsZero[any](0))
}
