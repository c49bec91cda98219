package main

type Num interface{ ~int | ~float64 }

func Mod[T Num](a, b T) T { return a % b } // ERROR "invalid operation: operator % not defined on a (variable of type T constrained by Num)"

func Shift[T Num](a T) T { return a << 1 } // ERROR "invalid operation: shifted operand a (variable of type T constrained by Num) must be integer"

func And[T ~int | ~string](a, b T) T { return a & b } // ERROR "invalid operation: operator & not defined on a (variable of type T constrained by ~int | ~string)"

func main() {}
