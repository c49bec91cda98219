package main

import (
	"fmt"
	"sort"
	"sync"
)

// Since Go 1.22 each loop iteration has its own variable, so goroutines capture distinct values.
func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var seen []int
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen = append(seen, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(seen)
	fmt.Println(seen)

	names := []string{"x", "y", "z"}
	out := make(chan string, len(names))
	for _, n := range names {
		go func() { out <- n + "!" }()
	}
	var got []string
	for range names {
		got = append(got, <-out)
	}
	sort.Strings(got)
	fmt.Println(got)

	// A variable declared outside the loop is shared: every goroutine sees the final value.
	var shared int
	done := make(chan int, 3)
	for shared = 0; shared < 3; shared++ {
	}
	for k := 0; k < 3; k++ {
		go func() { done <- shared }()
	}
	fmt.Println(<-done, <-done, <-done)
}
