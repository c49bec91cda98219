package main

import (
	"fmt"
	"sort"
	"sync"
)

// A weighted semaphore built on sync.Cond.
type Weighted struct {
	mu   sync.Mutex
	cond *sync.Cond
	size int
	cur  int
}

func NewWeighted(n int) *Weighted {
	w := &Weighted{size: n}
	w.cond = sync.NewCond(&w.mu)
	return w
}

func (w *Weighted) Acquire(n int) {
	w.mu.Lock()
	for w.cur+n > w.size {
		w.cond.Wait()
	}
	w.cur += n
	w.mu.Unlock()
}

func (w *Weighted) Release(n int) {
	w.mu.Lock()
	w.cur -= n
	if w.cur < 0 {
		panic("semaphore: released more than held")
	}
	w.mu.Unlock()
	w.cond.Broadcast()
}

func main() {
	sem := NewWeighted(5)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var done []string
	tasks := map[string]int{"big": 4, "mid": 3, "small": 1, "tiny": 1, "huge": 5}
	for name, weight := range tasks {
		wg.Add(1)
		go func(name string, weight int) {
			defer wg.Done()
			sem.Acquire(weight)
			mu.Lock()
			done = append(done, fmt.Sprintf("%s(%d)", name, weight))
			mu.Unlock()
			sem.Release(weight)
		}(name, weight)
	}
	wg.Wait()
	sort.Strings(done)
	fmt.Println(done)
	fmt.Println("in use at end:", sem.cur)
}
