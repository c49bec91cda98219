package main

import (
	"fmt"
	"sync"
)

// Starts 1,000,000 goroutines that each block receiving from one channel, then
// wakes them all by closing it and waits for them with a WaitGroup.
func main() {
	const n = 1000000
	gate := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	count := 0
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
			mu.Lock()
			count++
			mu.Unlock()
		}()
	}
	close(gate)
	wg.Wait()
	fmt.Println("goroutines:", count)
}
