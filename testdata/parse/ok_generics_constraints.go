// Exercises: generic functions and types with union/tilde constraints,
// `type T[P *C,] ...` (trailing comma disambiguates from array type),
// explicit instantiation, and generic methods on generic types.
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type Stringish interface{ ~string }

type C struct{ v int }

type PtrTo[P *C,] struct{ p P }

type Arr[N interface{ ~int }] [4]N

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprint(p.Key, "=", p.Val) }

func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	r := make([]R, 0, len(s))
	for _, e := range s {
		r = append(r, f(e))
	}
	return r
}

func Either[T ~int | ~string](x T) T { return x }

type MyInt int

func main() {
	fmt.Println(Sum(1, 2, 3), Sum[float64](1.5, 2))
	fmt.Println(Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i * 2) }))
	fmt.Println(Either(MyInt(4)), Either("s"))
	fmt.Println(Pair[string, int]{"a", 1})
	_ = PtrTo[*C]{&C{1}}
	var a Arr[int]
	fmt.Println(len(a))
	f := Sum[int]
	fmt.Println(f(4, 5))
}
