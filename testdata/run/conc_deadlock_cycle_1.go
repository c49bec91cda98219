package main

import (
	"fmt"
	"sync"
)

// Two goroutines each wait to receive before sending: a cycle; main waits on both.
func main() {
	ab := make(chan int)
	ba := make(chan int)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		v := <-ba
		ab <- v + 1
	}()
	go func() {
		defer wg.Done()
		v := <-ab
		ba <- v + 1
	}()
	fmt.Println("waiting for the pair")
	wg.Wait()
	fmt.Println("unreachable")
}
