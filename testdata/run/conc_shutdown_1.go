package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
)

// Graceful shutdown: cancel stops intake; workers finish the queued jobs, then exit.
func main() {
	ctx, cancel := context.WithCancel(context.Background())
	jobs := make(chan int, 100)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var processed []int
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				mu.Lock()
				processed = append(processed, j)
				mu.Unlock()
			}
		}()
	}
	accepted := 0
	submit := func(j int) bool {
		select {
		case <-ctx.Done():
			return false
		default:
		}
		jobs <- j
		accepted++
		return true
	}
	for j := 0; j < 10; j++ {
		submit(j)
	}
	cancel()
	rejected := 0
	for j := 10; j < 15; j++ {
		if !submit(j) {
			rejected++
		}
	}
	close(jobs)
	wg.Wait()
	sort.Ints(processed)
	fmt.Println("accepted", accepted, "rejected", rejected)
	fmt.Println("processed", processed)
	fmt.Println("shutdown complete:", ctx.Err())
}
