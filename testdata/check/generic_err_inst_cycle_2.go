package main

type List[T any] struct{ xs []T } // ERROR "instantiation cycle:"

func (l List[T]) Wrap() List[List[T]] { return List[List[T]]{[]List[T]{l}} }

func main() {
	l := List[int]{[]int{1, 2}}
	_ = l.Wrap()
}
