package main

import (
	"errors"
	"fmt"
	"sync"
)

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

func (r Result[T]) OrElse(d T) T {
	if r.Err != nil {
		return d
	}
	return r.Val
}

func ParallelMap[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	var wg sync.WaitGroup
	for i, x := range xs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = f(x)
		}()
	}
	wg.Wait()
	return out
}

func Memo[K comparable, V any](f func(K) V) func(K) V {
	cache := map[K]V{}
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		v := f(k)
		cache[k] = v
		return v
	}
}

func worker[T any](in <-chan T, out chan<- string) {
	for v := range in {
		out <- fmt.Sprint("got ", v)
	}
	close(out)
}

type Queue[T any] struct {
	items []T
}

func (q *Queue[T]) Push(v T) { q.items = append(q.items, v) }
func (q *Queue[T]) Pop() (T, error) {
	var zero T
	if len(q.items) == 0 {
		return zero, errors.New("empty queue")
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, nil
}

func Fact[T ~int | ~int64](n T) T {
	if n <= 1 {
		return 1
	}
	return n * Fact(n-1)
}

func main() {
	r := Try(func() (int, error) { return 0, errors.New("bad") })
	fmt.Println(r.OrElse(7), Try(func() (string, error) { return "ok", nil }).OrElse("x"))
	fmt.Println(ParallelMap([]int{1, 2, 3}, func(x int) string { return fmt.Sprint(x * x) }))
	calls := 0
	sq := Memo(func(n int) int { calls++; return n * n })
	fmt.Println(sq(4), sq(4), sq(5), calls)
	in := make(chan float64)
	out := make(chan string)
	go worker(in, out)
	go func() {
		in <- 1.5
		in <- 2.5
		close(in)
	}()
	for s := range out {
		fmt.Println(s)
	}
	var q Queue[string]
	q.Push("a")
	v, err := q.Pop()
	fmt.Println(v, err)
	_, err = q.Pop()
	fmt.Println(err)
	fmt.Println(Fact(10), Fact(int64(20)))
	defer fmt.Println("deferred", Fact(3))
}
