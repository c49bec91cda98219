package main

import (
	"fmt"
	"sync"
)

// A worker exits while still holding the lock (a return path misses Unlock);
// main then blocks forever in Lock.
func update(mu *sync.Mutex, m map[string]int, k string) {
	mu.Lock()
	if k == "" {
		return
	}
	m[k]++
	mu.Unlock()
}

func main() {
	var mu sync.Mutex
	m := map[string]int{}
	done := make(chan bool)
	go func() {
		for _, k := range []string{"a", "b", "", "c"} {
			update(&mu, m, k)
			if k == "" {
				break
			}
		}
		done <- true
	}()
	<-done
	fmt.Println("worker finished")
	mu.Lock()
	fmt.Println("unreachable", m)
}
