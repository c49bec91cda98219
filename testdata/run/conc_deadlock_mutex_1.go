package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

// IncTwice locks and then calls Inc, which locks again: Go's Mutex is not reentrant.
func (c *Counter) IncTwice() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.Inc()
	c.Inc()
}

func main() {
	c := &Counter{}
	c.Inc()
	fmt.Println("n =", c.n)
	c.IncTwice()
	fmt.Println("unreachable")
}
