package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type stats struct {
	hits atomic.Int64
	up   atomic.Bool
}

func main() {
	var n int64
	var u uint32
	var wg sync.WaitGroup
	var s stats
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				atomic.AddInt64(&n, 1)
				atomic.AddUint32(&u, 2)
				s.hits.Add(1)
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n), atomic.LoadUint32(&u), s.hits.Load())
	ok := atomic.CompareAndSwapInt64(&n, 5000, 1)
	fmt.Println(ok, n)
	old := atomic.SwapInt64(&n, 9)
	fmt.Println(old, n)
	fmt.Println(s.up.Load(), s.up.CompareAndSwap(false, true), s.up.Load(), s.up.Swap(false))
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store("hello")
	fmt.Println(v.Load(), v.Swap("world"), v.Load())
	fmt.Println(v.CompareAndSwap("world", "x"), v.Load())
	var u64 atomic.Uint64
	u64.Store(10)
	fmt.Println(u64.Add(5), u64.Swap(1), u64.Load())
	defer func() { fmt.Println("recovered:", recover()) }()
	v.Store(3)
}
