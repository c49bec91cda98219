package main

import (
	"fmt"
	"strings"
)

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func (l *List[T]) Len() int { return l.size }

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return fmt.Sprintf("ID(%d)", int(i)) }

func JoinAll[T Stringer](xs []T, sep string) string {
	parts := make([]string, 0, len(xs))
	for _, x := range xs {
		parts = append(parts, x.String())
	}
	return strings.Join(parts, sep)
}

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

type Number interface {
	~int | ~int32 | ~float64
}

func SumMap[K comparable, V Number](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

type Celsius float64

func Double[T Number](x T) T { return x * 2 }

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

type MySlice []int

func describe[T any](x T) string {
	var a any = x
	switch v := a.(type) {
	case int:
		return fmt.Sprintf("int %d", v)
	case string:
		return "string " + v
	}
	return fmt.Sprintf("other %T", x)
}

func Ptr[T any](v T) *T { return &v }

func main() {
	var l List[string]
	l.Push("a")
	l.Push("b")
	l.Each(func(s string) { fmt.Print(s, " ") })
	fmt.Println(l.Len())
	fmt.Println(JoinAll([]ID{1, 2, 3}, ", "))
	evens := Filter(MySlice{1, 2, 3, 4}, func(x int) bool { return x%2 == 0 })
	fmt.Printf("%v %T\n", evens, evens)
	fmt.Println(Reduce([]int{1, 2, 3}, "", func(a string, x int) string { return a + fmt.Sprint(x) }))
	fmt.Println(len(Keys(map[string]int{"a": 1, "b": 2})))
	fmt.Println(Index([]string{"x", "y"}, "y"), Index([]float64{1.5}, 2))
	fmt.Println(SumMap(map[string]float64{"a": 1.5, "b": 2}))
	fmt.Println(Double(Celsius(21.5)), Double(3))
	var t *Tree[int]
	for _, v := range []int{5, 3, 8, 1} {
		t = t.Insert(v)
	}
	t.Walk(func(v int) { fmt.Print(v, " ") })
	fmt.Println()
	fmt.Println(describe(1), describe("s"), describe(2.5))
	p := Ptr(42)
	*p++
	fmt.Println(*p)
	fmt.Printf("%T %T\n", l, t)
	f := Double[float64]
	fmt.Println(f(1.25))
}
