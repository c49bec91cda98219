package main

import "fmt"

// Generic functions as values, after explicit instantiation.
func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Apply[T any](f func(T, T) T, a, b T) T { return f(a, b) }

func Identity[T any](x T) T { return x }

func main() {
	f := Max[int]
	fmt.Println(f(3, 9))
	fmt.Printf("%T\n", f)
	var g func(float64, float64) float64 = Max[float64]
	fmt.Println(g(1.5, -2))
	fmt.Println(Apply(Max[int], 4, 2))
	var h func(float64, float64) float64 = Max
	fmt.Println(h(0.5, 0.25))
	ops := map[string]func(int, int) int{
		"max": Max[int],
		"add": func(a, b int) int { return a + b },
	}
	fmt.Println(ops["max"](5, 8), ops["add"](5, 8))
	id := Identity[string]
	fmt.Println(id("hi"))
	fs := []func(int) int{Identity[int], func(x int) int { return -x }}
	for _, fn := range fs {
		fmt.Println(fn(7))
	}
}
