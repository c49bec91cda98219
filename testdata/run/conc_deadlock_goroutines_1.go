package main

import (
	"fmt"
	"sync"
)

// Every goroutine ends up blocked somewhere different: on a channel, in select,
// on a WaitGroup and in main on a receive.
func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	never := make(chan int)
	started := make(chan bool, 3)
	go func() {
		started <- true
		<-never
	}()
	go func() {
		started <- true
		select {
		case <-never:
		case never <- 1:
		}
	}()
	go func() {
		started <- true
		wg.Wait()
	}()
	for i := 0; i < 3; i++ {
		<-started
	}
	fmt.Println("three goroutines started")
	<-make(chan string)
}
