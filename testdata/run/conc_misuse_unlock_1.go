package main

import (
	"fmt"
	"sync"
)

type Store struct {
	mu   sync.Mutex
	data map[string]int
}

// Put unlocks on both paths and again with defer: a double unlock, a fatal error.
func (s *Store) Put(k string, v int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if v < 0 {
		s.mu.Unlock()
		return
	}
	s.data[k] = v
}

func main() {
	s := &Store{data: map[string]int{}}
	s.Put("a", 1)
	fmt.Println(s.data)
	defer fmt.Println("deferred: not run after a fatal error")
	s.Put("b", -1)
	fmt.Println("unreachable")
}
