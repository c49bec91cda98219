package main

import (
	"fmt"
	"runtime"
	"sync"
)

// runtime.Goexit ends a goroutine after running its defers; recover sees nothing.
func main() {
	var wg sync.WaitGroup
	var log []string
	var mu sync.Mutex
	add := func(s string) { mu.Lock(); log = append(log, s); mu.Unlock() }
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { add(fmt.Sprint("recover during Goexit: ", recover())) }()
		defer add("deferred ran")
		add("before Goexit")
		func() {
			defer add("inner defer ran")
			runtime.Goexit()
		}()
		add("unreachable")
	}()
	wg.Wait()
	for _, s := range log {
		fmt.Println(s)
	}
}
