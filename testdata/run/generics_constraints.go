package main

import (
	"fmt"
	"strconv"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

func ToFloat[T Integer](x T) float64 { return float64(x) }

func FromInt[T Integer | ~float64](x int) T { return T(x) }

type Getter[T any] interface {
	Get() T
}

type Val[T any] struct{ v T }

func (v Val[T]) Get() T { return v.v }

func Use[T any](g Getter[T]) T { return g.Get() }

type Named struct {
	Val[string]
	n int
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func NewSet[T comparable]() Set[T] { return make(Set[T]) }

type Num interface{ ~int | ~float64 }

func SumAll[T Num](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Stringish interface{ ~string }

func Upper[S Stringish](s S) S {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 32
		}
	}
	return S(b)
}

type Name string

func Parse[T any](s string, conv func(string) (T, error)) (T, error) {
	return conv(s)
}

type Matrix[T Num] [][]T

func (m Matrix[T]) Sum() T {
	var s T
	for _, row := range m {
		for _, v := range row {
			s += v
		}
	}
	return s
}

func main() {
	fmt.Println(ToFloat(int8(-3)), FromInt[float64](7)/2, FromInt[int8](300))
	fmt.Println(Use[int](Val[int]{5}))
	n := Named{Val[string]{"hi"}, 1}
	fmt.Println(n.Get(), n.v)
	s := NewSet[string]()
	s.Add("x")
	fmt.Println(s.Has("x"), s.Has("y"), len(s))
	fmt.Println(Upper(Name("go")), Upper("abc"))
	v, err := Parse("42", func(s string) (int, error) { return strconv.Atoi(s) })
	fmt.Println(v, err)
	m := Matrix[float64]{{1, 2}, {3.5}}
	fmt.Println(m.Sum())
	fmt.Printf("%T %T %v\n", s, m, Val[bool]{true})
}
