package main

import (
	"fmt"
	"sync"
	"time"
)

// Bounded parallelism: a buffered channel as a counting semaphore. The peak number
// of tasks running at once never exceeds the limit.
func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var mu sync.Mutex
	running, peak := 0, 0
	var wg sync.WaitGroup
	results := make([]int, 12)
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			mu.Lock()
			running++
			if running > peak {
				peak = running
			}
			mu.Unlock()
			time.Sleep(2 * time.Millisecond)
			results[i] = i * i
			mu.Lock()
			running--
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println("peak within limit:", peak <= limit, "peak > 0:", peak > 0)
	fmt.Println("sem len/cap:", len(sem), cap(sem))
}
