package main

func Conv[T any](x int) T { return T(x) } // ERROR "cannot convert x (variable of type int) to type T"

func ToF[T ~int | ~[]int](x T) float64 { return float64(x) } // ERROR "cannot convert x (variable of type T constrained by ~int | ~[]int) to type float64: cannot convert []int (in T) to type float64"

func main() {}
