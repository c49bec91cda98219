package main

import (
	"fmt"
	"sync"
)

type result struct {
	n     int
	prime bool
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for i := 2; i*i <= n; i++ {
		if n%i == 0 {
			return false
		}
	}
	return true
}

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func main() {
	nums := []int{2, 15, 17, 21, 23, 97, 100}
	results := make([]result, len(nums))
	var wg sync.WaitGroup
	for i, n := range nums {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = result{n, isPrime(n)}
		}()
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r.n, r.prime)
	}
	c := SafeCounter{m: make(map[string]int)}
	var wg2 sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			if i%3 == 0 {
				c.Inc("fizz")
			} else {
				c.Inc("other")
			}
		}(i)
	}
	wg2.Wait()
	fmt.Println(c.m["fizz"], c.m["other"])
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
}
