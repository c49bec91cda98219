package main

import (
	"fmt"
	"sort"
	"strconv"
	"sync"
)

// Generic channel helpers.
func Source[T any](xs ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, x := range xs {
			out <- x
		}
	}()
	return out
}

func Map[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func Merge[T any](ins ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, in := range ins {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range in {
				out <- v
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func Collect[T any](in <-chan T) []T {
	var out []T
	for v := range in {
		out = append(out, v)
	}
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	strs := Collect(Map(Source(1, 2, 3), strconv.Itoa))
	fmt.Printf("%q\n", strs)
	lens := Collect(Merge(Map(Source("a", "bb"), func(s string) int { return len(s) }), Source(10, 20)))
	sort.Ints(lens)
	fmt.Println(lens)
	pairs := Collect(Map(Source("x", "y"), func(s string) Pair[string, int] { return Pair[string, int]{s, int(s[0])} }))
	fmt.Printf("%+v\n", pairs)
	fmt.Println(len(Collect(Source[float64]())))
}
