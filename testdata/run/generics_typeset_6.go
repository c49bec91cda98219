package main

import "fmt"

// Constant arithmetic with type parameters: untyped constants convert to T.
type Num interface{ ~int8 | ~int16 | ~int | ~float64 }

func AddTen[T Num](x T) T { return x + 10 }

func Scale[T Num](x T) T { return x * 3 / 2 }

func IsPositive[T Num](x T) bool { return x > 0 }

func Halves[T ~float64](x T) T { return x * 0.5 }

func main() {
	fmt.Println(AddTen[int8](100), AddTen(5), AddTen(2.5))
	fmt.Println(Scale(7), Scale(7.0), Scale[int16](-7))
	fmt.Println(IsPositive(-1), IsPositive[int8](1))
	fmt.Println(Halves(3.0))
}
