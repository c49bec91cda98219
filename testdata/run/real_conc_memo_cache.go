package main

import (
	"fmt"
	"sync"
	"time"
)

type entry struct {
	ready chan struct{}
	value int
}

// Memo caches the results of a slow function; concurrent callers for the same key wait
// for the one computation.
type Memo struct {
	mu    sync.Mutex
	calls int
	cache map[int]*entry
	f     func(int) int
}

func NewMemo(f func(int) int) *Memo {
	return &Memo{cache: make(map[int]*entry), f: f}
}

func (m *Memo) Get(key int) int {
	m.mu.Lock()
	e := m.cache[key]
	if e == nil {
		e = &entry{ready: make(chan struct{})}
		m.cache[key] = e
		m.calls++
		m.mu.Unlock()
		f := m.f
		e.value = f(key)
		close(e.ready)
	} else {
		m.mu.Unlock()
		<-e.ready
	}
	return e.value
}

func slowSquare(n int) int {
	time.Sleep(10 * time.Millisecond)
	return n * n
}

type Stats struct {
	mu   sync.RWMutex
	seen map[string]int
}

func (s *Stats) Inc(k string) {
	s.mu.Lock()
	s.seen[k]++
	s.mu.Unlock()
}

func (s *Stats) Get(k string) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.seen[k]
}

func main() {
	m := NewMemo(slowSquare)
	var wg sync.WaitGroup
	results := make([]int, 12)
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = m.Get(i % 4)
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println("computations:", m.calls)

	st := &Stats{seen: map[string]int{}}
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			st.Inc([]string{"red", "green", "blue"}[i%3])
			_ = st.Get("red")
		}(i)
	}
	wg.Wait()
	fmt.Println(st.Get("red"), st.Get("green"), st.Get("blue"))
}
