package main

type A[T any] struct{ b B[T] } // ERROR "invalid recursive type B[T]"

type B[T any] struct{ a A[T] }

func main() {}
