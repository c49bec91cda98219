package main

func IsNil[T any](x T) bool { return x == nil } // ERROR "invalid operation: x == nil (mismatched types T and untyped nil)"

func Zero[T int | string]() T { return 0 } // ERROR "cannot use 0 (untyped int constant) as T value in return statement"

func main() {}
