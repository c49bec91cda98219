package main

import (
	"fmt"
	"sync"
)

// main returning ends the program even with goroutines still blocked: no deadlock error.
func main() {
	var mu sync.Mutex
	mu.Lock()
	never := make(chan int)
	for i := 0; i < 3; i++ {
		go func() { <-never }()
	}
	go func() {
		mu.Lock()
		fmt.Println("never printed")
	}()
	go func() {
		select {}
	}()
	fmt.Println("main returns with 5 goroutines blocked")
}
