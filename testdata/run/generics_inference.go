package main

import "fmt"

type Num interface {
	~int | ~int8 | ~int64 | ~float32 | ~float64
}

type MyInt int

func Add[T Num](a, b T) T { return a + b }

func Scale[S ~[]E, E Num](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

func First[T any, U any](t T, u U) T { return t }

func Zero[T any]() T {
	var z T
	return z
}

func Swap[A, B any](a A, b B) (B, A) { return b, a }

type Vec []float64

func Apply[T any](xs []T, fs ...func(T) T) []T {
	return xs
}

func Count[K comparable](xs []K) map[K]int {
	m := make(map[K]int)
	for _, x := range xs {
		m[x]++
	}
	return m
}

type Box[T any] struct{ v T }

func (b Box[T]) Get() T           { return b.v }
func (b *Box[T]) Set(v T)         { b.v = v }
func NewBox[T any](v T) *Box[T]   { return &Box[T]{v} }
func (b Box[T]) String() string   { return fmt.Sprintf("Box(%v)", b.v) }
func Map2[K comparable, V, R any](m map[K]V, f func(V) R) map[K]R {
	out := make(map[K]R, len(m))
	for k, v := range m {
		out[k] = f(v)
	}
	return out
}

func main() {
	fmt.Println(Add(1, 2), Add(1.5, 2), Add(MyInt(3), 4), Add[int8](100, 27))
	fmt.Printf("%v %T\n", Scale(Vec{1, 2}, 3), Scale(Vec{1, 2}, 3))
	fmt.Println(Scale([]int{1, 2, 3}, 10))
	fmt.Println(First(1, "x"), First("y", 2.5))
	fmt.Println(Zero[int](), Zero[string]() == "", Zero[*int]() == nil, Zero[[]int]() == nil)
	b, a := Swap(1, "one")
	fmt.Println(b, a)
	c := Count([]string{"a", "b", "a"})
	fmt.Println(c["a"], c["b"], len(c))
	bx := NewBox(42)
	bx.Set(bx.Get() + 1)
	fmt.Println(bx.Get(), *bx, bx)
	var s fmt.Stringer = Box[string]{"hi"}
	fmt.Println(s.String())
	lens := Map2(map[string]string{"k": "hello"}, func(s string) int { return len(s) })
	fmt.Println(lens)
	var i8 int8 = Add[int8](127, 1)
	fmt.Println(i8)
}
