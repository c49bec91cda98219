package main

type L[T any] = T // ERROR "cannot use type parameter declared in alias declaration as RHS"

type Fn[T any] func(T) U // ERROR "undefined: U"

func main() {}
