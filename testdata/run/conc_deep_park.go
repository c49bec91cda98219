package main

import (
	"fmt"
	"sync"
)

// Goroutines that recurse deep (past their first stack, onto stack segments) and park
// there, while thousands of others take turns on the run stacks.

func deep(n int, wait chan int) int {
	if n == 0 {
		return <-wait
	}
	var pad [4]int
	pad[n%4] = n
	return deep(n-1, wait) + pad[n%4] - n + 1
}

func main() {
	const deepOnes = 3
	waits := make([]chan int, deepOnes)
	results := make(chan int, deepOnes)
	for i := range waits {
		waits[i] = make(chan int)
		go func(i int) {
			results <- deep(50000+i, waits[i])
		}(i)
	}
	var wg sync.WaitGroup
	gate := make(chan struct{})
	for i := 0; i < 5000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
		}()
	}
	close(gate)
	wg.Wait()
	for i := range waits {
		waits[i] <- i
	}
	sum := 0
	for range waits {
		sum += <-results
	}
	fmt.Println("sum:", sum)
}
