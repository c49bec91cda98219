package main

import (
	"fmt"
	"sync"
)

// Broadcast before anyone waits is lost: the later waiter sleeps forever.
func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	c.Broadcast()
	c.Signal()
	fmt.Println("signalled nobody; ready =", ready)
	mu.Lock()
	for !ready {
		c.Wait()
	}
	mu.Unlock()
	fmt.Println("unreachable")
}
