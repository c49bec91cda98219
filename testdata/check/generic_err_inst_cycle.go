package main

import "fmt"

func Depth[T any](x T, n int) string { // ERROR "instantiation cycle:"
	if n == 0 {
		return fmt.Sprintf("%T", x)
	}
	return Depth([]T{x}, n-1)
}

func main() {
	_ = Depth(1, 2)
}
