package main

import (
	"fmt"
	"sync"
)

// Taking the write lock while holding a read lock on the same RWMutex deadlocks.
type Registry struct {
	mu    sync.RWMutex
	items map[string]int
}

func (r *Registry) GetOrCreate(k string) int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	if v, ok := r.items[k]; ok {
		return v
	}
	r.mu.Lock() // still read-locked here
	defer r.mu.Unlock()
	r.items[k] = len(r.items)
	return r.items[k]
}

func main() {
	r := &Registry{items: map[string]int{"a": 0}}
	fmt.Println("a ->", r.GetOrCreate("a"))
	fmt.Println("b ->", r.GetOrCreate("b"))
}
