package main

import (
	"fmt"
	"sync"
)

type queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func main() {
	q := &queue{}
	q.cond = sync.NewCond(&q.mu)
	var wg sync.WaitGroup
	results := make(chan int, 10)
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			for {
				q.mu.Lock()
				for len(q.items) == 0 {
					q.cond.Wait()
				}
				v := q.items[0]
				q.items = q.items[1:]
				q.mu.Unlock()
				if v < 0 {
					break
				}
				results <- v * v
			}
			wg.Done()
		}()
	}
	for i := 1; i <= 5; i++ {
		q.mu.Lock()
		q.items = append(q.items, i)
		q.mu.Unlock()
		q.cond.Signal()
	}
	q.mu.Lock()
	q.items = append(q.items, -1, -1, -1)
	q.mu.Unlock()
	q.cond.Broadcast()
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum", sum)
}
