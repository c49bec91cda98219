package main

import "fmt"

// Methods of a generic type producing other instantiations and calling generic functions.
type List[T any] struct{ xs []T }

func (l *List[T]) Push(x T) *List[T] {
	l.xs = append(l.xs, x)
	return l
}

func (l *List[T]) Strings() *List[string] {
	out := &List[string]{}
	for _, x := range l.xs {
		out.Push(fmt.Sprintf("<%v>", x))
	}
	return out
}

func (l *List[T]) Len() int { return len(l.xs) }

func Lens(l *List[string]) *List[int] {
	out := &List[int]{}
	for _, s := range l.xs {
		out.Push(len(s))
	}
	return out
}

func main() {
	l := (&List[float64]{}).Push(1.5).Push(22)
	s := l.Strings()
	fmt.Println(s.xs, s.Len())
	fmt.Println(Lens(s).xs)
	fmt.Println(Lens(s).Strings().Strings().xs)
}
