package main

import (
	"errors"
	"fmt"
)

// Custom panics in generic code, recovered and not.
type Result[T any] struct {
	v   T
	err error
}

func (r Result[T]) Must() T {
	if r.err != nil {
		panic(r.err)
	}
	return r.v
}

func Safe[T any](f func() T) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return f(), nil
}

func main() {
	v, err := Safe(func() int { return Result[int]{err: errors.New("boom")}.Must() })
	fmt.Println(v, err)
	s, err := Safe(func() string { return Result[string]{v: "ok"}.Must() })
	fmt.Println(s, err)
	fmt.Println(Result[float64]{err: errors.New("fatal")}.Must())
}
