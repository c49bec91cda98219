package main

func Mod[T ~int | ~float64](x T) T { return x % 2 } // ERROR "invalid operation: operator % not defined on x (variable of type T constrained by ~int | ~float64)"

func Bit[T ~int | ~float32](x T) T { return x & 1 } // ERROR "invalid operation: operator & not defined on x (variable of type T constrained by ~int | ~float32)"

func Cat[T ~string | ~int](a, b T) T { return a + b }

func main() {}
