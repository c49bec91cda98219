package main

import "fmt"

// Integer overflow is not a panic, but an explicit panic carrying a T value is.
func Check[T ~int8 | ~int](x, limit T) T {
	if x > limit {
		panic(x)
	}
	return x
}

func main() {
	var a int8 = 120
	a += 10
	fmt.Println(Check(a, 100))
	fmt.Println(Check(150, 100))
}
