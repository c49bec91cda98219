package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) inc(k string) {
	c.mu.Lock()
	c.n[k]++
	c.mu.Unlock()
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(k int) {
			mu.Lock()
			total += k
			mu.Unlock()
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println("total", total)

	// A lock held across a channel wait: the others queue on the mutex.
	c := &counter{n: map[string]int{}}
	step := make(chan bool)
	var wg2 sync.WaitGroup
	wg2.Add(3)
	c.mu.Lock()
	for i := 0; i < 3; i++ {
		go func() {
			c.inc("x")
			wg2.Done()
		}()
	}
	go func() {
		step <- true
	}()
	<-step
	c.n["x"] = 100
	c.mu.Unlock()
	wg2.Wait()
	fmt.Println("x", c.n["x"])

	// Wait with a zero counter returns at once.
	var wg3 sync.WaitGroup
	wg3.Wait()
	fmt.Println("done")
}

func init() {
	var m sync.Mutex
	fmt.Println("trylock", m.TryLock(), m.TryLock())
	m.Unlock()
	fmt.Println("again", m.TryLock())
}
