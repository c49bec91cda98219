package main

import "fmt"

// Generic types implementing a generic interface; dynamic dispatch through it.
type Container[T any] interface {
	Put(T)
	Items() []T
}

type Bag[T any] struct{ xs []T }

func (b *Bag[T]) Put(x T)    { b.xs = append(b.xs, x) }
func (b *Bag[T]) Items() []T { return b.xs }

type Dedup[T comparable] struct {
	seen map[T]bool
	xs   []T
}

func (d *Dedup[T]) Put(x T) {
	if d.seen == nil {
		d.seen = map[T]bool{}
	}
	if !d.seen[x] {
		d.seen[x] = true
		d.xs = append(d.xs, x)
	}
}
func (d *Dedup[T]) Items() []T { return d.xs }

func Fill[T any](c Container[T], xs []T) Container[T] {
	for _, x := range xs {
		c.Put(x)
	}
	return c
}

func main() {
	in := []int{1, 2, 2, 3, 1}
	cs := []Container[int]{&Bag[int]{}, &Dedup[int]{}}
	for _, c := range cs {
		fmt.Println(Fill(c, in).Items())
	}
	var c Container[string] = &Dedup[string]{}
	c.Put("a")
	c.Put("a")
	fmt.Println(c.Items(), len(c.Items()))
	_, isBag := c.(*Bag[string])
	d, isDedup := c.(*Dedup[string])
	fmt.Println(isBag, isDedup, d.seen["a"])
}
