package main

import (
	"fmt"
	"sync"
)

// Generic channel pipelines with goroutines; results collected in order.
func Generate[T any](xs []T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, x := range xs {
			ch <- x
		}
	}()
	return ch
}

func Stage[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
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

func main() {
	sq := Stage(Generate([]int{1, 2, 3, 4}), func(i int) int { return i * i })
	strs := Stage(sq, func(i int) string { return fmt.Sprintf("[%d]", i) })
	for s := range strs {
		fmt.Print(s)
	}
	fmt.Println()
	fmt.Println(ParallelMap([]string{"a", "bb", "ccc"}, func(s string) int { return len(s) }))
}
