package main

func ToString[T int | float64](x T) string { return string(x) } // ERROR "cannot convert x (variable of type T constrained by int | float64) to type string: cannot convert float64 (in T) to type string"

func ToInt[T ~string | ~int](x T) int { return int(x) } // ERROR "cannot convert x (variable of type T constrained by ~string | ~int) to type int: cannot convert string (in T) to type int"

func main() {}
