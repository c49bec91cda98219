package main

func F[T any, U T](x U) {} // ERROR "cannot use a type parameter as constraint"

type C[T any] interface{ T } // ERROR "term cannot be a type parameter"

func main() {}
