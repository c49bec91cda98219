package main

import "fmt"

// Integer division by zero with a type parameter.
func Div[T ~int | ~int64](a, b T) T { return a / b }

func main() {
	fmt.Println(Div(7, 2))
	fmt.Println(Div[int64](-9, 4))
	var zero int
	fmt.Println(Div(1, zero))
}
