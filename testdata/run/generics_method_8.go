package main

import "fmt"

// Generic type methods returning other instantiations of the same generic type.
type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }

func (o Opt[T]) Filter(p func(T) bool) Opt[T] {
	if o.ok && p(o.v) {
		return o
	}
	return Opt[T]{}
}

func (o Opt[T]) Or(d T) T {
	if o.ok {
		return o.v
	}
	return d
}

func MapOpt[T, U any](o Opt[T], f func(T) U) Opt[U] {
	if !o.ok {
		return Opt[U]{}
	}
	return Some(f(o.v))
}

func main() {
	o := Some(10)
	fmt.Println(o.Filter(func(i int) bool { return i > 5 }).Or(0))
	fmt.Println(o.Filter(func(i int) bool { return i > 50 }).Or(-1))
	s := MapOpt(o, func(i int) string { return fmt.Sprint("n=", i) })
	fmt.Println(s.Or("none"), s.ok)
	e := MapOpt(Opt[int]{}, func(i int) float64 { return 1 })
	fmt.Println(e.Or(2.5), e.ok)
}
