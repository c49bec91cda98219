package main

import "fmt"

// Methods of generic types with value and pointer receivers.
type Box[T any] struct {
	val   T
	count int
}

func (b Box[T]) Get() T      { return b.val }
func (b *Box[T]) Set(v T)    { b.val = v; b.count++ }
func (b Box[T]) Sets() int   { return b.count }
func (b Box[T]) With(v T) Box[T] {
	b.val = v
	return b
}

func main() {
	var b Box[string]
	b.Set("one")
	b.Set("two")
	fmt.Println(b.Get(), b.Sets())
	c := b.With("three")
	fmt.Println(b.Get(), c.Get())
	p := &Box[int]{val: 5}
	p.Set(p.Get() * 2)
	fmt.Println(p.Get(), p.Sets(), *p)
	boxes := []Box[float64]{{val: 1.5}, {val: 2.5}}
	for i := range boxes {
		boxes[i].Set(boxes[i].Get() + 1)
	}
	fmt.Println(boxes)
}
