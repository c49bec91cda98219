// Exercises: generic type syntax corner cases — nested instantiations
// `Map[string, List[Pair[int, bool]]]`, `[]T` vs `T[]`-free array-of-generic,
// instantiated types in composite literals, conversions and method receivers,
// type parameters on aliases of generic types, and `x[T](y)` call syntax.
package main

import "fmt"

type List[T any] []T

type Pair[A, B any] struct {
	First  A
	Second B
}

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Sum() (s T) {
	if t == nil {
		return
	}
	return t.Left.Sum() + t.Val + t.Right.Sum()
}

type Set[K comparable] = map[K]struct{}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	var ks []K
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func Zero[T any]() (z T) { return }

func main() {
	m := map[string]List[Pair[int, bool]]{"a": {{1, true}, {First: 2}}}
	t := &Tree[int]{Left: &Tree[int]{Val: 1}, Val: 2}
	s := Set[string]{"x": {}}
	arr := [2]List[int]{{1}, {2, 3}}
	fmt.Println(m, t.Sum(), len(Keys(s)), arr, Zero[float64](), List[int](nil) == nil)
	var fs []func(Pair[int, int]) List[string]
	fmt.Println(len(fs))
}
