package main

import (
	"fmt"
	"sync"
)

// Signal wakes waiters one at a time, the longest-waiting first.
func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	woke := make(chan int, 4)
	waiting := make(chan bool)
	for i := 0; i < 4; i++ {
		go func() {
			mu.Lock()
			waiting <- true // main can lock only once this goroutine waits
			cond.Wait()     // one wait each: Go has no spurious wakeups
			woke <- i
			mu.Unlock()
		}()
		<-waiting
		mu.Lock() // acquired when the goroutine has released it inside Wait
		mu.Unlock()
	}
	for i := 0; i < 4; i++ {
		mu.Lock()
		cond.Signal()
		mu.Unlock()
		fmt.Println("woke", <-woke)
	}
}
