package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// A read-mostly cache: readers share an RLock, a miss upgrades to Lock and re-checks.
type Cache struct {
	mu     sync.RWMutex
	data   map[string]string
	misses int
}

func (c *Cache) Get(key string) string {
	c.mu.RLock()
	v, ok := c.data[key]
	c.mu.RUnlock()
	if ok {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[key]; ok {
		return v
	}
	c.misses++
	v = strings.Repeat(strings.ToUpper(key), 2)
	c.data[key] = v
	return v
}

func main() {
	c := &Cache{data: map[string]string{}}
	keys := []string{"ab", "cd", "ef", "ab", "cd", "gh"}
	var wg sync.WaitGroup
	var mu sync.Mutex
	got := map[string]int{}
	for r := 0; r < 10; r++ {
		for _, k := range keys {
			wg.Add(1)
			go func(k string) {
				defer wg.Done()
				v := c.Get(k)
				mu.Lock()
				got[v]++
				mu.Unlock()
			}(k)
		}
	}
	wg.Wait()
	var lines []string
	for v, n := range got {
		lines = append(lines, fmt.Sprintf("%s=%d", v, n))
	}
	sort.Strings(lines)
	fmt.Println(lines)
	fmt.Println("misses:", c.misses)
}
