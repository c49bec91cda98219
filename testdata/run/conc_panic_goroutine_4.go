package main

import (
	"fmt"
	"sync"
)

type State struct {
	Name string
	Step int
}

// A goroutine panics with a struct value (not an error): exit 2 after the output so far.
func main() {
	var wg sync.WaitGroup
	steps := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for s := range steps {
			if s == 3 {
				panic(State{"validate", s})
			}
			fmt.Println("step", s, "ok")
		}
	}()
	for i := 1; i <= 5; i++ {
		steps <- i
	}
	close(steps)
	wg.Wait()
	fmt.Println("unreachable")
}
