package main

import "fmt"

// Inference: untyped constants default, mixed typed/untyped arguments.
func Pick[T any](cond bool, a, b T) T {
	if cond {
		return a
	}
	return b
}

type Score int

func main() {
	fmt.Printf("%T %v\n", Pick(true, 1, 2), Pick(true, 1, 2))
	fmt.Printf("%T %v\n", Pick(false, 1, 2.5), Pick(false, 1, 2.5))
	fmt.Printf("%T %v\n", Pick(true, 'a', 1), Pick(true, 'a', 1))
	var s Score = 10
	fmt.Printf("%T %v\n", Pick(false, s, 3), Pick(false, s, 3))
	fmt.Printf("%T %v\n", Pick(true, "x", "y"), Pick(true, "x", "y"))
	var f32 float32 = 1.5
	fmt.Printf("%T %v\n", Pick(false, 2, f32), Pick(false, 2, f32))
	fmt.Printf("%T\n", Pick(true, 1<<10, 2))
}
