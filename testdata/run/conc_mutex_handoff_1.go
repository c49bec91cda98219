package main

import (
	"fmt"
	"sync"
)

// A Mutex is not tied to a goroutine: one can lock it and another unlock it.
func main() {
	var mu sync.Mutex
	var steps []string
	mu.Lock()
	steps = append(steps, "main locked")
	done := make(chan bool)
	go func() {
		steps = append(steps, "helper unlocks")
		mu.Unlock()
		done <- true
	}()
	<-done
	mu.Lock()
	steps = append(steps, "main locked again")
	released := make(chan bool)
	go func() {
		mu.Lock()
		steps = append(steps, "second helper got it")
		mu.Unlock()
		released <- true
	}()
	steps = append(steps, "main unlocks")
	mu.Unlock()
	<-released
	for i, s := range steps {
		fmt.Println(i, s)
	}
}
