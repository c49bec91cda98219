package main

func Index[T any](x T) byte { return x[0] } // ERROR "cannot index x (variable of type T constrained by any)"

func Call[T any](f T) { f() } // ERROR "invalid operation: cannot call f (variable of type T constrained by any): no specific type"

func Field[T any](x T) int { return x.n } // ERROR "x.n undefined (type T has no field or method n)"

func main() {}
