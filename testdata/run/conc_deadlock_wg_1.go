package main

import (
	"fmt"
	"sync"
)

// Add(3) but only two goroutines call Done: Wait blocks forever.
func main() {
	var wg sync.WaitGroup
	results := make([]int, 3)
	wg.Add(3)
	for i := 0; i < 2; i++ {
		go func(i int) {
			defer wg.Done()
			results[i] = i + 1
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
}
