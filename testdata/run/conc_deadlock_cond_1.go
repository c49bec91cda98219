package main

import (
	"fmt"
	"sync"
)

// A Cond waiter whose condition is never signalled after the only signaller exits.
func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	done := make(chan bool)
	go func() {
		mu.Lock()
		// Forgets to set ready before signalling.
		cond.Signal()
		mu.Unlock()
		done <- true
	}()
	<-done
	fmt.Println("signaller finished")
	mu.Lock()
	for !ready {
		cond.Wait()
	}
	mu.Unlock()
	fmt.Println("unreachable")
}
