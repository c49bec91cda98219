package main

import "fmt"

type Getter[T any] interface{ Get() T }

type IntBox struct{ v int }

func (b IntBox) Get() int { return b.v }

type StrBox struct{ s string }

func (b StrBox) Get() string { return b.s }

func Twice[T any](g Getter[T]) []T { return []T{g.Get(), g.Get()} }

func Sum(gs []Getter[int]) int {
	s := 0
	for _, g := range gs {
		s += g.Get()
	}
	return s
}

func main() {
	fmt.Println(Twice[int](IntBox{3}), Twice[string](StrBox{"a"}))
	fmt.Println(Sum([]Getter[int]{IntBox{1}, IntBox{2}}))
}

func init() {
	fmt.Println(Twice(IntBox{7}), Twice(StrBox{"z"}))
}
