package main

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func main() {
	b := Box[int]{1}
	_ = b.Set(2) // ERROR "b.Set undefined (type Box[int] has no field or method Set)"
	var s string = b.Get() // ERROR "cannot use b.Get() (value of type int) as string value in variable declaration"
	_ = s
}
