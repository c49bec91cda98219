package main

type Bad[T any] struct {
	v    T
	self Bad[T] // ERROR "invalid recursive type: Bad[T] refers to itself"
}

type Ok[T any] struct {
	next *Ok[T]
}

func main() {}
