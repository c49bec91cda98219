package main

import (
	"fmt"
	"sync"
	"time"
)

type Semaphore chan struct{}

func (s Semaphore) Acquire() { s <- struct{}{} }
func (s Semaphore) Release() { <-s }

func main() {
	const limit = 3
	sem := make(Semaphore, limit)
	var mu sync.Mutex
	running, maxRunning := 0, 0
	var wg sync.WaitGroup
	finished := make([]bool, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()
			mu.Lock()
			running++
			if running > maxRunning {
				maxRunning = running
			}
			mu.Unlock()
			time.Sleep(time.Duration(5+i%3) * time.Millisecond)
			mu.Lock()
			running--
			finished[i] = true
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	all := true
	for _, f := range finished {
		all = all && f
	}
	fmt.Println("all finished:", all)
	fmt.Println("max concurrent:", maxRunning)
	fmt.Println("still running:", running, "slots in use:", len(sem))
}
