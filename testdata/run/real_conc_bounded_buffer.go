package main

import (
	"fmt"
	"sync"
)

// Buffer is a bounded FIFO queue guarded by a mutex and two condition variables.
type Buffer struct {
	mu       sync.Mutex
	notFull  *sync.Cond
	notEmpty *sync.Cond
	items    []int
	cap      int
	closed   bool
}

func NewBuffer(n int) *Buffer {
	b := &Buffer{cap: n}
	b.notFull = sync.NewCond(&b.mu)
	b.notEmpty = sync.NewCond(&b.mu)
	return b
}

func (b *Buffer) Put(x int) {
	b.mu.Lock()
	for len(b.items) == b.cap {
		b.notFull.Wait()
	}
	b.items = append(b.items, x)
	b.notEmpty.Signal()
	b.mu.Unlock()
}

func (b *Buffer) Close() {
	b.mu.Lock()
	b.closed = true
	b.notEmpty.Broadcast()
	b.mu.Unlock()
}

func (b *Buffer) Get() (int, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for len(b.items) == 0 && !b.closed {
		b.notEmpty.Wait()
	}
	if len(b.items) == 0 {
		return 0, false
	}
	x := b.items[0]
	b.items = b.items[1:]
	b.notFull.Signal()
	return x, true
}

func main() {
	buf := NewBuffer(3)
	var producers sync.WaitGroup
	for p := 0; p < 3; p++ {
		producers.Add(1)
		go func(p int) {
			defer producers.Done()
			for i := 0; i < 5; i++ {
				buf.Put(p*100 + i)
			}
		}(p)
	}
	var consumers sync.WaitGroup
	sums := make([]int, 2)
	counts := make([]int, 2)
	for c := 0; c < 2; c++ {
		consumers.Add(1)
		go func(c int) {
			defer consumers.Done()
			for {
				x, ok := buf.Get()
				if !ok {
					return
				}
				sums[c] += x
				counts[c]++
			}
		}(c)
	}
	producers.Wait()
	buf.Close()
	consumers.Wait()
	fmt.Println("items consumed:", counts[0]+counts[1])
	fmt.Println("sum:", sums[0]+sums[1])
}
