package main

import "fmt"

// A generic Must helper panicking with an error value.
func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func Div(a, b int) (int, error) {
	if b == 0 {
		return 0, fmt.Errorf("divide %d by zero", a)
	}
	return a / b, nil
}

func main() {
	fmt.Println(Must(Div(10, 2)))
	fmt.Println(Must(Div(1, 0)))
}
