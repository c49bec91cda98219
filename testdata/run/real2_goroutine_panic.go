package main

import (
	"fmt"
	"sync"
)

type Registry struct {
	mu    sync.Mutex
	items map[string]int
}

func (r *Registry) Add(k string, v int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.items[k] += v
}

func main() {
	good := &Registry{items: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			good.Add(fmt.Sprint("k", n%2), n)
		}(i)
	}
	wg.Wait()
	fmt.Println(good.items)
	bad := &Registry{}
	done := make(chan bool)
	go func() {
		bad.Add("x", 1)
		done <- true
	}()
	<-done
	fmt.Println("not reached")
}
