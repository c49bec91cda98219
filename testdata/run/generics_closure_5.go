package main

import (
	"fmt"
	"sync"
)

// Goroutines started from generic code capture type-parameter values.
func FanIn[T any](inputs [][]T) []T {
	var mu sync.Mutex
	var wg sync.WaitGroup
	results := make([][]T, len(inputs))
	for i, in := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var local []T
			for _, x := range in {
				local = append(local, x)
			}
			mu.Lock()
			results[i] = local
			mu.Unlock()
		}()
	}
	wg.Wait()
	var out []T
	for _, r := range results {
		out = append(out, r...)
	}
	return out
}

func main() {
	fmt.Println(FanIn([][]int{{1, 2}, {3}, {}, {4, 5}}))
	fmt.Println(FanIn([][]string{{"a"}, {"b", "c"}}))
}
