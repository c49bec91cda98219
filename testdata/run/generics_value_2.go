package main

import "fmt"

// Generic struct fields holding arrays and structs are copied on assignment.
type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

func (b *Box[T]) Put(v T) { b.V = v }

func main() {
	b := Box[[3]int]{[3]int{1, 2, 3}}
	a := b.Get()
	a[0] = 99
	fmt.Println(a, b.V)
	c := b
	c.V[1] = 42
	fmt.Println(b.V, c.V)
	arr := [3]int{7, 7, 7}
	b.Put(arr)
	arr[2] = 0
	fmt.Println(b.V, arr)
	type S struct{ N []int }
	s := Box[S]{S{[]int{1}}}
	t := s
	t.V.N[0] = 5
	fmt.Println(s.V.N, t.V.N)
}
