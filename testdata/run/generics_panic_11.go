package main

import "fmt"

// Index out of range on a fixed array of type-parameter type, with a runtime index.
type Ring[T any] struct {
	buf [4]T
}

func (r *Ring[T]) At(i int) T { return r.buf[i] }

func main() {
	r := &Ring[string]{buf: [4]string{"a", "b", "c", "d"}}
	fmt.Println(r.At(3))
	i := 4
	fmt.Println(r.At(i))
}
