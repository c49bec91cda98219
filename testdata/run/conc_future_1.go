package main

import (
	"errors"
	"fmt"
	"strings"
)

// Futures: a buffered channel of one result per asynchronous call.
type Result[T any] struct {
	Val T
	Err error
}

type Future[T any] chan Result[T]

func Async[T any](f func() (T, error)) Future[T] {
	fut := make(Future[T], 1)
	go func() {
		v, err := f()
		fut <- Result[T]{v, err}
	}()
	return fut
}

func (f Future[T]) Await() (T, error) {
	r := <-f
	return r.Val, r.Err
}

func lookup(name string) func() (int, error) {
	return func() (int, error) {
		if strings.HasPrefix(name, "?") {
			return 0, errors.New("no such user: " + name)
		}
		return len(name) * 100, nil
	}
}

func main() {
	names := []string{"ann", "?ghost", "bartholomew"}
	futs := make([]Future[int], len(names))
	for i, n := range names {
		futs[i] = Async(lookup(n))
	}
	sum := 0
	for i, f := range futs {
		v, err := f.Await()
		if err != nil {
			fmt.Println(names[i], "->", err)
			continue
		}
		sum += v
		fmt.Println(names[i], "->", v)
	}
	fmt.Println("sum:", sum)
}
