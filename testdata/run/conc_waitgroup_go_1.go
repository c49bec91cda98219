package main

import (
	"fmt"
	"sync"
)

// WaitGroup.Go (Go 1.25) starts the function and tracks it.
func main() {
	var wg sync.WaitGroup
	squares := make([]int, 8)
	for i := range squares {
		wg.Go(func() {
			squares[i] = i * i
		})
	}
	wg.Wait()
	fmt.Println(squares)
	var mu sync.Mutex
	total := 0
	var outer sync.WaitGroup
	for i := 1; i <= 3; i++ {
		outer.Go(func() {
			var inner sync.WaitGroup
			for j := 1; j <= 3; j++ {
				inner.Go(func() {
					mu.Lock()
					total += i * j
					mu.Unlock()
				})
			}
			inner.Wait()
		})
	}
	outer.Wait()
	fmt.Println("total:", total)
}
