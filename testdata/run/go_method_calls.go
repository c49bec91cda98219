package main

import (
	"fmt"
	"sync"
)

type Worker struct {
	id  int
	out chan<- string
}

func (w *Worker) Run(jobs []int, wg *sync.WaitGroup) {
	defer wg.Done()
	sum := 0
	for _, j := range jobs {
		sum += j
	}
	w.out <- fmt.Sprintf("worker %d sum %d", w.id, sum)
}

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Add(k int, wg *sync.WaitGroup) {
	defer wg.Done()
	c.mu.Lock()
	c.n += k
	c.mu.Unlock()
}

func main() {
	out := make(chan string, 3)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		w := &Worker{i, out}
		wg.Add(1)
		go w.Run([]int{i, i * 10}, &wg)
	}
	wg.Wait()
	close(out)
	got := map[string]bool{}
	for s := range out {
		got[s] = true
	}
	fmt.Println(len(got), got["worker 2 sum 22"])
	var c Counter
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(1)
		go c.Add(i, &wg2)
	}
	wg2.Wait()
	fmt.Println(c.n)
}
