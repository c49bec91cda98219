package main

type Alias[T any] T // ERROR "cannot use a type parameter as RHS in type declaration"

type Ptr[T any] struct{ T } // ERROR "embedded field type cannot be a (pointer to a) type parameter"

func main() {}
