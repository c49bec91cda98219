package main

import (
	"fmt"
	"sync"
)

// A token bucket refilled by explicit ticks (no clock), shared by concurrent callers.
type Bucket struct {
	mu     sync.Mutex
	tokens int
	max    int
}

func (b *Bucket) Take() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.tokens == 0 {
		return false
	}
	b.tokens--
	return true
}

func (b *Bucket) Refill(n int) {
	b.mu.Lock()
	b.tokens = min(b.max, b.tokens+n)
	b.mu.Unlock()
}

func main() {
	b := &Bucket{tokens: 5, max: 5}
	for round := 1; round <= 3; round++ {
		var wg sync.WaitGroup
		var mu sync.Mutex
		allowed, denied := 0, 0
		for i := 0; i < 8; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ok := b.Take()
				mu.Lock()
				if ok {
					allowed++
				} else {
					denied++
				}
				mu.Unlock()
			}()
		}
		wg.Wait()
		fmt.Printf("round %d: allowed %d denied %d\n", round, allowed, denied)
		b.Refill(round * 2)
	}
	b.Refill(100)
	fmt.Println("capped at:", b.tokens)
}
