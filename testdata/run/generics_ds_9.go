package main

import (
	"errors"
	"fmt"
	"strconv"
)

// Optional and Result types.
type Optional[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{v, true} }
func None[T any]() Optional[T]    { return Optional[T]{} }

func (o Optional[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}

func (o Optional[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func (r Result[T]) Unwrap() T {
	if r.Err != nil {
		panic(r.Err)
	}
	return r.Val
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Result[U]{Err: r.Err}
	}
	return Try(f(r.Val))
}

func main() {
	fmt.Println(Some(3), None[string](), Some("x").OrElse("y"), None[int]().OrElse(9))
	r := Try(strconv.Atoi("42"))
	d := Then(r, func(i int) (float64, error) { return float64(i) / 4, nil })
	fmt.Println(d.Unwrap())
	bad := Then(Try(strconv.Atoi("x")), func(i int) (string, error) { return "never", nil })
	fmt.Println(bad.Err != nil, bad.Val == "")
	e := Then(d, func(f float64) (int, error) { return 0, errors.New("too big") })
	fmt.Println(e.Err)
	fmt.Printf("%v %s\n", Some(1.5), None[bool]())
}
