package main

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func main() {
	_ = Box[int].Get(Box[string]{}) // ERROR "cannot use Box[string]{} (value of struct type Box[string]) as Box[int] value in argument to Box[int].Get"
	var f func(Box[int]) string = Box[int].Get // ERROR "cannot use Box[int].Get (value of type func(Box[int]) int) as func(Box[int]) string value in variable declaration"
	_ = f
}
