package main

import "fmt"

// Generic functions with array, channel and function type parameters in signatures.
func Fill[T any](arr *[4]T, v T) {
	for i := range arr {
		arr[i] = v
	}
}

func SendAll[T any](ch chan<- T, xs []T) {
	for _, x := range xs {
		ch <- x
	}
	close(ch)
}

func Times[T any](n int, f func(int) T) []T {
	out := make([]T, n)
	for i := range out {
		out[i] = f(i)
	}
	return out
}

func main() {
	var a [4]string
	Fill(&a, "x")
	fmt.Println(a)
	var b [4]float64
	Fill(&b, 1.5)
	fmt.Println(b)
	ch := make(chan rune, 3)
	SendAll(ch, []rune("abc"))
	for r := range ch {
		fmt.Print(string(r))
	}
	fmt.Println()
	fmt.Println(Times(4, func(i int) string { return fmt.Sprint(i * i) }))
	fmt.Println(Times(3, func(i int) bool { return i%2 == 0 }))
}
