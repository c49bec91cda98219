package main

import "fmt"

// Higher-order generic helpers: Curry, Pipe, Find, All/Any, Zip with Pair.
type Pair[A, B any] struct {
	A A
	B B
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

func Find[T any](xs []T, pred func(T) bool) (T, int) {
	for i, x := range xs {
		if pred(x) {
			return x, i
		}
	}
	var zero T
	return zero, -1
}

func AllOf[T any](xs []T, pred func(T) bool) bool {
	for _, x := range xs {
		if !pred(x) {
			return false
		}
	}
	return true
}

func Pipe[T any](fs ...func(T) T) func(T) T {
	return func(x T) T {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func Curry[A, B, C any](f func(A, B) C) func(A) func(B) C {
	return func(a A) func(B) C { return func(b B) C { return f(a, b) } }
}

func main() {
	fmt.Printf("%+v\n", Zip([]int{1, 2, 3}, []string{"a", "b"}))
	v, i := Find([]string{"x", "yy", "zzz"}, func(s string) bool { return len(s) > 1 })
	fmt.Println(v, i)
	v, i = Find([]string{"x"}, func(s string) bool { return false })
	fmt.Printf("%q %d\n", v, i)
	fmt.Println(AllOf([]int{2, 4}, func(i int) bool { return i%2 == 0 }), AllOf([]int{}, func(int) bool { return false }))
	p := Pipe(func(x int) int { return x + 1 }, func(x int) int { return x * 10 })
	fmt.Println(p(4), Pipe[string]()("same"))
	add := Curry(func(a int, b float64) float64 { return float64(a) + b })
	fmt.Println(add(2)(0.5))
}
