package main

import (
	"fmt"
	"sync"
)

// Done called once too often: the WaitGroup counter goes negative.
func main() {
	var wg sync.WaitGroup
	tasks := []string{"a", "b"}
	wg.Add(len(tasks))
	for _, t := range tasks {
		func(t string) {
			defer wg.Done()
			fmt.Println("task", t)
		}(t)
	}
	wg.Wait()
	fmt.Println("waited")
	wg.Done()
	fmt.Println("unreachable")
}
