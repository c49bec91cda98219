package main

import (
	"fmt"
	"sync"
)

// Lock ordering inversion: each goroutine holds one lock and wants the other.
func main() {
	var a, b sync.Mutex
	var wg sync.WaitGroup
	bothHeld := make(chan bool)
	release := make(chan bool)
	wg.Add(2)
	go func() {
		defer wg.Done()
		a.Lock()
		bothHeld <- true
		<-release
		b.Lock()
	}()
	go func() {
		defer wg.Done()
		b.Lock()
		bothHeld <- true
		<-release
		a.Lock()
	}()
	<-bothHeld
	<-bothHeld
	fmt.Println("each holds one lock")
	close(release)
	wg.Wait()
	fmt.Println("unreachable")
}
