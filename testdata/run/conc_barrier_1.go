package main

import (
	"fmt"
	"sort"
	"sync"
)

// A reusable barrier on sync.Cond: workers run phases in lockstep.
type Barrier struct {
	mu    sync.Mutex
	cond  *sync.Cond
	n     int
	count int
	gen   int
}

func NewBarrier(n int) *Barrier {
	b := &Barrier{n: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *Barrier) Wait() {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.gen
	b.count++
	if b.count == b.n {
		b.count = 0
		b.gen++
		b.cond.Broadcast()
		return
	}
	for gen == b.gen {
		b.cond.Wait()
	}
}

func main() {
	const workers, phases = 4, 3
	b := NewBarrier(workers)
	var mu sync.Mutex
	log := map[int][]int{}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for p := 0; p < phases; p++ {
				mu.Lock()
				log[p] = append(log[p], w)
				// Nobody may be in a later phase while this one is still filling up.
				if len(log[p+1]) != 0 {
					panic("barrier broken")
				}
				mu.Unlock()
				b.Wait()
			}
		}(w)
	}
	wg.Wait()
	for p := 0; p < phases; p++ {
		sort.Ints(log[p])
		fmt.Println("phase", p, log[p])
	}
	fmt.Println("generations:", b.gen)
}
