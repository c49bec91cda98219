package main

import "fmt"

// Calling methods of a generic interface Sink[T] from inside generic code with T arguments.
type Sink[T any] interface {
	Put(T)
	Items() []T
}

type Bag[T any] struct{ xs []T }

func (b *Bag[T]) Put(x T)    { b.xs = append(b.xs, x) }
func (b *Bag[T]) Items() []T { return b.xs }

func Fill[T any](s Sink[T], xs []T) {
	for _, x := range xs {
		s.Put(x)
	}
}

func FillInts(s Sink[int], xs []int) {
	for _, x := range xs {
		s.Put(x)
	}
}

func main() {
	a := &Bag[int]{}
	FillInts(a, []int{1, 2})
	Fill[int](a, []int{3, 4})
	fmt.Println(a.Items())
	b := &Bag[string]{}
	Fill[string](b, []string{"x", "y"})
	fmt.Println(b.Items(), len(b.Items()))
}
