package main

import (
	"fmt"
	"sync"
)

// Broadcast before anyone waits is lost: the later waiter sleeps forever.
func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	c.Broadcast()
	c.Signal()
	fmt.Println("signalled nobody")
	mu.Lock()
	c.Wait()
	fmt.Println("unreachable")
}
