package main

func Add[T any](a, b T) T { return a + b } // ERROR "invalid operation: operator + not defined on a (variable of type T constrained by any)"

func Less[T comparable](a, b T) bool { return a < b } // ERROR "invalid operation: a < b (type parameter T cannot use operator <)"

func Eq[T any](a, b T) bool { return a == b } // ERROR "invalid operation: a == b (incomparable types in type set)"

func Conv[T ~int | ~string](x T) int { return len(x) } // ERROR "invalid argument: x (variable of type T constrained by ~int | ~string) for built-in len"

func Lit[T ~int | ~float64]() T { return 1.5 } // ERROR "cannot use 1.5 (untyped float constant) as T value in return statement"

func main() {}
