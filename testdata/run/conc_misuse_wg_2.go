package main

import (
	"fmt"
	"sync"
)

// The negative counter panic is an ordinary panic: recover catches it.
func main() {
	var wg sync.WaitGroup
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		wg.Add(-1)
	}()
	var wg2 sync.WaitGroup
	wg2.Add(2)
	wg2.Add(-2)
	wg2.Wait()
	fmt.Println("Add(-n) back to zero lets Wait return")
	var wg3 sync.WaitGroup
	wg3.Wait()
	fmt.Println("Wait on a zero WaitGroup returns at once")
}
