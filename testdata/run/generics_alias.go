package main

import "fmt"

type Set[T comparable] = map[T]bool

type Pair[A, B any] struct {
	First  A
	Second B
}

type IntPair[T any] = Pair[int, T]

type List[T any] = []T

func keys[T comparable](s Set[T]) int { return len(s) }

func main() {
	s := Set[string]{"a": true}
	s["b"] = true
	fmt.Println(keys(s), s)
	p := IntPair[string]{1, "x"}
	fmt.Printf("%v %T\n", p, p)
	var l List[float64] = []float64{1.5}
	fmt.Printf("%v %T\n", l, l)
}
