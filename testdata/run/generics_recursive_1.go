package main

import "fmt"

// Recursive generic type: an immutable cons list with generic functions over it.
type List[T any] struct {
	head T
	tail *List[T]
}

func Cons[T any](h T, t *List[T]) *List[T] { return &List[T]{h, t} }

func (l *List[T]) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.tail.Len()
}

func FoldR[T, A any](l *List[T], z A, f func(T, A) A) A {
	if l == nil {
		return z
	}
	return f(l.head, FoldR(l.tail, z, f))
}

func FromSlice[T any](xs []T) *List[T] {
	var l *List[T]
	for i := len(xs) - 1; i >= 0; i-- {
		l = Cons(xs[i], l)
	}
	return l
}

func main() {
	l := FromSlice([]int{1, 2, 3, 4})
	fmt.Println(l.Len())
	fmt.Println(FoldR(l, 0, func(x, acc int) int { return x + acc }))
	fmt.Println(FoldR(l, "", func(x int, acc string) string { return fmt.Sprint(x) + acc }))
	var empty *List[string]
	fmt.Println(empty.Len(), FoldR(empty, "z", func(s, a string) string { return s + a }))
}
