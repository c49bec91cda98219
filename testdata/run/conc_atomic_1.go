package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var hits atomic.Int64
	var flags atomic.Int32
	var legacy int64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				hits.Add(1)
				atomic.AddInt64(&legacy, 2)
			}
			if i%10 == 0 {
				flags.Add(1)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("hits:", hits.Load(), "legacy:", atomic.LoadInt64(&legacy), "flags:", flags.Load())
	fmt.Println("swap old:", hits.Swap(5), "now:", hits.Load())
	fmt.Println("cas 5->6:", hits.CompareAndSwap(5, 6), "cas 5->7:", hits.CompareAndSwap(5, 7), hits.Load())
	var ready atomic.Bool
	fmt.Println(ready.Load(), ready.Swap(true), ready.Load())
	var u atomic.Uint32
	u.Store(1)
	u.Add(^uint32(0))
	fmt.Println("uint32 after adding -1:", u.Load())
}
