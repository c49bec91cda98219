package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// A lock-free maximum with a CAS loop, and an atomic.Value holding a config.
type settings struct {
	level string
	n     int
}

func main() {
	var max atomic.Int64
	var wg sync.WaitGroup
	vals := []int64{17, 3, 99, 42, 98, 7, 100, 56, 12, 64}
	for _, v := range vals {
		wg.Add(1)
		go func(v int64) {
			defer wg.Done()
			for {
				cur := max.Load()
				if v <= cur || max.CompareAndSwap(cur, v) {
					return
				}
			}
		}(v)
	}
	wg.Wait()
	fmt.Println("max:", max.Load())

	var cfg atomic.Value
	fmt.Println("empty:", cfg.Load())
	cfg.Store(settings{"info", 1})
	var readers sync.WaitGroup
	levels := make([]string, 5)
	for i := range levels {
		readers.Add(1)
		go func(i int) {
			defer readers.Done()
			levels[i] = cfg.Load().(settings).level
		}(i)
	}
	readers.Wait()
	fmt.Println(levels)
	old := cfg.Swap(settings{"debug", 2})
	fmt.Println(old.(settings), cfg.Load().(settings).n)
	var p atomic.Pointer[settings]
	fmt.Println(p.Load() == nil)
	p.Store(&settings{"warn", 3})
	fmt.Println(p.Load().level)
}
