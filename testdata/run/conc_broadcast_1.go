package main

import (
	"fmt"
	"sort"
	"sync"
)

// Closing a channel wakes every waiter at once: a start gun for a race of goroutines.
func main() {
	start := make(chan struct{})
	var ready, finished sync.WaitGroup
	var mu sync.Mutex
	var names []string
	for i := 0; i < 6; i++ {
		ready.Add(1)
		finished.Add(1)
		go func(i int) {
			defer finished.Done()
			ready.Done()
			<-start
			mu.Lock()
			names = append(names, fmt.Sprintf("runner%d", i))
			mu.Unlock()
		}(i)
	}
	ready.Wait()
	mu.Lock()
	fmt.Println("before start:", len(names))
	mu.Unlock()
	close(start)
	finished.Wait()
	sort.Strings(names)
	fmt.Println(names)
	// A closed channel keeps answering immediately with the zero value.
	for i := 0; i < 3; i++ {
		v, ok := <-start
		fmt.Println(v, ok)
	}
}
