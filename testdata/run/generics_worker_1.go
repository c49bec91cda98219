package main

import (
	"fmt"
	"sort"
	"sync"
)

// A generic worker pool; results sorted for deterministic output.
type Job[T any] struct {
	ID  int
	Arg T
}

type Result[R any] struct {
	ID  int
	Out R
}

func Pool[T, R any](workers int, jobs []Job[T], f func(T) R) []Result[R] {
	in := make(chan Job[T])
	out := make(chan Result[R], len(jobs))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				out <- Result[R]{j.ID, f(j.Arg)}
			}
		}()
	}
	for _, j := range jobs {
		in <- j
	}
	close(in)
	wg.Wait()
	close(out)
	var rs []Result[R]
	for r := range out {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(a, b int) bool { return rs[a].ID < rs[b].ID })
	return rs
}

func main() {
	var jobs []Job[string]
	for i, s := range []string{"alpha", "be", "gamma", "d"} {
		jobs = append(jobs, Job[string]{i, s})
	}
	for _, r := range Pool(3, jobs, func(s string) int { return len(s) }) {
		fmt.Printf("%+v\n", r)
	}
}
