package main

import (
	"fmt"
	"strings"
)

// A generic type satisfying an interface through its methods.
type List[T any] struct {
	items []T
}

func (l *List[T]) Push(xs ...T) *List[T] {
	l.items = append(l.items, xs...)
	return l
}

func (l *List[T]) Len() int { return len(l.items) }

func (l *List[T]) String() string {
	parts := make([]string, len(l.items))
	for i, x := range l.items {
		parts[i] = fmt.Sprint(x)
	}
	return "[" + strings.Join(parts, " | ") + "]"
}

func (l *List[T]) Each(f func(int, T)) {
	for i, x := range l.items {
		f(i, x)
	}
}

type Lener interface{ Len() int }

func main() {
	l := &List[int]{}
	l.Push(1, 2).Push(3)
	fmt.Println(l)
	fmt.Println(l.String())
	var s fmt.Stringer = new(List[string]).Push("a", "b")
	fmt.Println(s)
	var ln Lener = l
	fmt.Println(ln.Len())
	l.Each(func(i, x int) { fmt.Print(i*x, " ") })
	fmt.Println()
	fmt.Printf("%v %s\n", l, l)
}
