package main

import "fmt"

// Arithmetic wraps per the instantiated type.
func Add[T ~int8 | ~uint8 | ~int32 | ~uint32 | ~int64](a, b T) T { return a + b }

func Mul[T ~int8 | ~uint8 | ~int16](a, b T) T { return a * b }

func Neg[T ~int8 | ~int16 | ~float32](x T) T { return -x }

func main() {
	fmt.Println(Add[int8](127, 1), Add[uint8](250, 10))
	fmt.Println(Add[int32](2147483647, 1), Add[uint32](0, 4294967295))
	fmt.Println(Add[int64](1<<62, 1<<62))
	fmt.Println(Mul[int8](64, 2), Mul[uint8](16, 17), Mul[int16](300, 300))
	fmt.Println(Neg[int8](-128), Neg[float32](0.1))
	var x uint8 = 200
	fmt.Println(Add(x, x))
}
