package main

import (
	"fmt"
	"sync"
)

// Pipeline with cancellation through a done channel: the consumer stops early,
// every stage notices and exits, and the WaitGroup proves they all did.
func gen(done <-chan struct{}, wg *sync.WaitGroup, nums ...int) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func sq(done <-chan struct{}, wg *sync.WaitGroup, in <-chan int) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	nums := make([]int, 100)
	for i := range nums {
		nums[i] = i + 1
	}
	out := sq(done, &wg, sq(done, &wg, gen(done, &wg, nums...)))
	for i := 0; i < 5; i++ {
		fmt.Println(<-out)
	}
	close(done)
	wg.Wait()
	fmt.Println("all stages stopped")
	_, ok := <-out
	fmt.Println("out open:", ok)
}
