package main

import "fmt"

// Generic closures capturing type-parameter values and loop variables.
func Adders[T ~int | ~float64](steps []T) []func(T) T {
	var fs []func(T) T
	for _, s := range steps {
		fs = append(fs, func(x T) T { return x + s })
	}
	return fs
}

func Accumulate[T ~int | ~string]() func(T) T {
	var total T
	return func(x T) T {
		total += x
		return total
	}
}

func Lazy[T any](f func() T) func() T {
	done := false
	var v T
	return func() T {
		if !done {
			fmt.Println("computing")
			v = f()
			done = true
		}
		return v
	}
}

func main() {
	for _, f := range Adders([]int{1, 10, 100}) {
		fmt.Print(f(5), " ")
	}
	fmt.Println()
	acc := Accumulate[string]()
	acc("a")
	acc("b")
	fmt.Println(acc("c"))
	n := Accumulate[int]()
	n(5)
	fmt.Println(n(6))
	l := Lazy(func() []int { return []int{1, 2} })
	fmt.Println(l(), l())
}
