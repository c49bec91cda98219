package main

import "fmt"

// Methods with their own type parameters (accepted by Go 1.27).
type Box[T any] struct{ v T }

func (b Box[T]) Map[U any](f func(T) U) Box[U] {
	return Box[U]{f(b.v)}
}

type Conv struct{ prefix string }

func (c Conv) Show[T any](x T) string { return c.prefix + fmt.Sprint(x) }

func main() {
	b := Box[int]{21}
	s := b.Map(func(i int) string { return fmt.Sprint(i * 2) })
	fmt.Printf("%v %T\n", s, s)
	c := Conv{"> "}
	fmt.Println(c.Show(3), c.Show[string]("x"))
}
