package main

func Neg[T ~int | ~string](x T) T { return -x } // ERROR "invalid operation: operator - not defined on x (variable of type T constrained by ~int | ~string)"

func Not[T ~int | ~bool](x T) T { return !x } // ERROR "invalid operation: operator ! not defined on x (variable of type T constrained by ~int | ~bool)"

func Len[T ~int | ~string](x T) int { return len(x) } // ERROR "invalid argument: x (variable of type T constrained by ~int | ~string) for built-in len"

func main() {}
