package main

import "fmt"

// Methods of generic types defined on non-struct underlying types.
type Slice[T any] []T

func (s Slice[T]) Map(f func(T) T) Slice[T] {
	out := make(Slice[T], len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}

func (s *Slice[T]) Push(v T) { *s = append(*s, v) }

type Dict[K comparable, V any] map[K]V

func (d Dict[K, V]) GetOr(k K, def V) V {
	if v, ok := d[k]; ok {
		return v
	}
	return def
}

type Fn[T any] func(T) T

func (f Fn[T]) Twice(x T) T { return f(f(x)) }

func main() {
	s := Slice[int]{1, 2, 3}
	s.Push(4)
	fmt.Println(s.Map(func(i int) int { return i * 10 }), len(s))
	d := Dict[string, int]{"a": 1}
	fmt.Println(d.GetOr("a", 0), d.GetOr("b", -1))
	inc := Fn[int](func(i int) int { return i + 1 })
	fmt.Println(inc.Twice(5))
	shout := Fn[string](func(s string) string { return s + "!" })
	fmt.Println(shout.Twice("hey"))
}
