package main

import (
	"fmt"
	"sync"
)

// A generic mutex-protected map used from several goroutines.
type SafeMap[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

func NewSafeMap[K comparable, V any]() *SafeMap[K, V] {
	return &SafeMap[K, V]{m: make(map[K]V)}
}

func (s *SafeMap[K, V]) Update(k K, f func(V) V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k] = f(s.m[k])
}

func (s *SafeMap[K, V]) Get(k K) V {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.m[k]
}

func main() {
	counts := NewSafeMap[string, int]()
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			key := "even"
			if i%2 == 1 {
				key = "odd"
			}
			counts.Update(key, func(n int) int { return n + i })
		}(i)
	}
	wg.Wait()
	fmt.Println(counts.Get("even"), counts.Get("odd"), counts.Get("none"))
}
