package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
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

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	ps := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		ps = append(ps, Pair[K, V]{k, v})
	}
	slices.SortFunc(ps, func(a, b Pair[K, V]) int { return cmp.Compare(a.Key, b.Key) })
	return ps
}

type Celsius float64

func main() {
	ints := []int{5, 3, 8, 1, 9, 2}
	fmt.Println(Sum(ints), Sum([]float64{1.5, 2.25}), Sum([]Celsius{10, 20.5}))
	strs := Map(ints, func(i int) string { return strings.Repeat("#", i) })
	fmt.Println(strs[:3])
	evens := Filter(ints, func(i int) bool { return i%2 == 0 })
	fmt.Println(evens, Reduce(ints, "", func(a string, i int) string { return a + fmt.Sprint(i) }))
	var st Stack[string]
	for _, w := range []string{"a", "b", "c"} {
		st.Push(w)
	}
	for {
		v, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Print(v)
	}
	fmt.Println()
	fmt.Println(SortedPairs(map[string]int{"z": 1, "a": 2, "m": 3}))
	fmt.Println(slices.Max(ints), slices.Index(ints, 8), slices.Contains(ints, 7))
	sorted := slices.Clone(ints)
	slices.Sort(sorted)
	i, found := slices.BinarySearch(sorted, 8)
	fmt.Println(sorted, ints, i, found, min(3, 1, 2), max(2.5, 1))
}
