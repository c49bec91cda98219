package main

import "fmt"

// Conversions involving type parameters.
type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Float interface{ ~float32 | ~float64 }

func ToFloat[T Integer | Float](x T) float64 { return float64(x) }

func Convert[To, From Integer](x From) To { return To(x) }

func Truncate[F Float, I Integer](f F) I { return I(f) }

type Byte uint8

func main() {
	fmt.Println(ToFloat(3), ToFloat(int8(-5)), ToFloat(float32(1.5)))
	fmt.Println(Convert[uint8](300))
	fmt.Println(Convert[int8](200))
	fmt.Println(Convert[Byte, int](513))
	fmt.Println(Convert[int64](uint32(4000000000)))
	fmt.Println(Truncate[float64, int](3.99))
	fmt.Println(Truncate[float64, int](-3.99))
	fmt.Println(Truncate[float32, uint8](250.7))
}
