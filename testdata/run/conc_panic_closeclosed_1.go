package main

import (
	"fmt"
	"sync"
)

// Two goroutines both believe they should close the shared done channel.
func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	first := make(chan bool)
	wg.Add(1)
	go func() {
		defer wg.Done()
		close(done)
		first <- true
	}()
	<-first
	wg.Wait()
	fmt.Println("closed once")
	go func() {
		close(done)
	}()
	<-make(chan int)
}
