package main

import "fmt"

// Printing generic values with %v, %+v, %#v and %T.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Wrapper[T any] struct{ Inner T }

type List[T any] []T

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Printf("%v|%+v|%T\n", p, p, p)
	w := Wrapper[Pair[int, bool]]{Pair[int, bool]{1, true}}
	fmt.Printf("%v|%+v|%T\n", w, w, w)
	l := List[float64]{1.5, 2}
	fmt.Printf("%v|%T\n", l, l)
	fmt.Printf("%T\n", &w)
	fmt.Printf("%T\n", []Pair[string, []int]{})
	fmt.Printf("%T\n", map[Pair[int, int]]Wrapper[string]{})
}
