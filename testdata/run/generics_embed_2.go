package main

import "fmt"

// Embedding a type parameter's instantiation in interfaces and generic interfaces.
type Getter[T any] interface{ Get() T }

type Setter[T any] interface{ Set(T) }

type GetSetter[T any] interface {
	Getter[T]
	Setter[T]
}

type Cell[T any] struct{ v T }

func (c *Cell[T]) Get() T  { return c.v }
func (c *Cell[T]) Set(v T) { c.v = v }

func Swap[T any](a, b GetSetter[T]) {
	x := a.Get()
	a.Set(b.Get())
	b.Set(x)
}

func Read[T any, G Getter[T]](g G) T { return g.Get() }

func main() {
	a, b := &Cell[string]{"a"}, &Cell[string]{"b"}
	Swap[string](a, b)
	fmt.Println(a.Get(), b.Get())
	var g Getter[int] = &Cell[int]{42}
	fmt.Println(g.Get())
	fmt.Println(Read[int](g))
	fmt.Println(Read[float64](&Cell[float64]{1.5}))
}
