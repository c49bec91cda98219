package main

import (
	"fmt"
	"sync"
	"time"
)

type Cache struct {
	mu   sync.RWMutex
	data map[string]int
}

func (c *Cache) Get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k string, v int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.data[k] = v
}

func main() {
	c := &Cache{data: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Set(fmt.Sprint("k", i%3), i)
			c.Get("k0")
		}(i)
	}
	wg.Wait()
	fmt.Println(len(c.data))

	// Writer preference: a waiting writer keeps new readers out.
	var rw sync.RWMutex
	var log []string
	var mu sync.Mutex
	add := func(s string) {
		mu.Lock()
		log = append(log, s)
		mu.Unlock()
	}
	rw.RLock()
	done := make(chan bool)
	go func() {
		rw.Lock()
		add("writer")
		rw.Unlock()
		done <- true
	}()
	time.Sleep(20 * time.Millisecond)
	go func() {
		rw.RLock()
		add("late reader")
		rw.RUnlock()
		done <- true
	}()
	time.Sleep(20 * time.Millisecond)
	add("first reader done")
	rw.RUnlock()
	<-done
	<-done
	fmt.Println(log)

	fmt.Println(rw.TryLock(), rw.TryRLock(), rw.TryLock())
	rw.Unlock()
	fmt.Println(rw.TryRLock(), rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	l := rw.RLocker()
	l.Lock()
	fmt.Println(rw.TryLock())
	l.Unlock()
	fmt.Println(rw.TryLock())
}
