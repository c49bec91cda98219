package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func sumChunk(xs []int) int64 {
	var s int64
	for _, x := range xs {
		s += int64(x)
	}
	return s
}

func main() {
	data := make([]int, 100000)
	for i := range data {
		data[i] = i % 1000
	}
	workers := runtime.NumCPU() * 2
	chunk := (len(data) + workers - 1) / workers
	var total int64
	var wg sync.WaitGroup
	var chunks atomic.Int32
	for start := 0; start < len(data); start += chunk {
		end := start + chunk
		if end > len(data) {
			end = len(data)
		}
		wg.Add(1)
		go func(part []int) {
			defer wg.Done()
			atomic.AddInt64(&total, sumChunk(part))
			chunks.Add(1)
		}(data[start:end])
	}
	wg.Wait()
	fmt.Println("total:", atomic.LoadInt64(&total))
	fmt.Println("chunks ok:", int(chunks.Load()) == (len(data)+chunk-1)/chunk)

	// The same with a results channel and a fixed number of chunks.
	results := make(chan int64)
	parts := 8
	size := len(data) / parts
	for p := 0; p < parts; p++ {
		go func(p int) {
			results <- sumChunk(data[p*size : (p+1)*size])
		}(p)
	}
	var sum int64
	for p := 0; p < parts; p++ {
		sum += <-results
	}
	fmt.Println("channel total:", sum)
	var flag atomic.Bool
	fmt.Println(flag.CompareAndSwap(false, true), flag.Load())
}
