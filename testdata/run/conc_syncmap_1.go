package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// sync.Map shared by writers; LoadOrStore decides one winner per key.
func main() {
	var m sync.Map
	var wg sync.WaitGroup
	var mu sync.Mutex
	winners := map[string]int{}
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for _, k := range []string{"alpha", "beta", "gamma"} {
				if _, loaded := m.LoadOrStore(k, w); !loaded {
					mu.Lock()
					winners[k]++
					mu.Unlock()
				}
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("one winner per key:", winners["alpha"] == 1 && winners["beta"] == 1 && winners["gamma"] == 1)
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		return true
	})
	sort.Strings(keys)
	fmt.Println(strings.Join(keys, ","))
	v, ok := m.Load("delta")
	fmt.Println(v, ok)
	m.Store("delta", 4)
	prev, loaded := m.Swap("delta", 5)
	fmt.Println(prev, loaded)
	fmt.Println(m.CompareAndSwap("delta", 4, 6), m.CompareAndSwap("delta", 5, 6))
	old, ok := m.LoadAndDelete("delta")
	fmt.Println(old, ok)
	m.Delete("alpha")
	n := 0
	m.Range(func(_, _ any) bool { n++; return true })
	fmt.Println("left:", n)
	m.Clear()
	_, ok = m.Load("beta")
	fmt.Println("after Clear:", ok)
}
