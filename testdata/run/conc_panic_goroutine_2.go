package main

import (
	"fmt"
	"sync"
)

// An index out of range inside a worker: runtime error panic, exit 2.
// Each value is acknowledged, so main has printed all three before the bad index.
func main() {
	data := []int{10, 20, 30}
	var wg sync.WaitGroup
	out := make(chan int)
	ack := make(chan bool)
	wg.Add(1)
	go func() {
		// Not deferred: a deferred Done would run while panicking and wake main.
		for i := 0; i <= len(data); i++ {
			out <- data[i]
			<-ack
		}
		wg.Done()
	}()
	for i := 0; i < 3; i++ {
		fmt.Println(<-out)
		ack <- true
	}
	wg.Wait()
	fmt.Println("unreachable")
}
