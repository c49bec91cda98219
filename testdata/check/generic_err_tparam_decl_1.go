package main

func F[T any, T any](x T) {}

func G[](x int) {} // ERROR "syntax error: empty type parameter list"

type S[T any, T2 T] struct{}

func main() {}
