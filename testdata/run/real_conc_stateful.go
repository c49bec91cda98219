package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type readOp struct {
	key  int
	resp chan int
}

type writeOp struct {
	key  int
	val  int
	resp chan bool
}

func main() {
	var readOps, writeOps uint64
	reads := make(chan readOp)
	writes := make(chan writeOp)
	quit := make(chan struct{})
	go func() {
		state := make(map[int]int)
		for {
			select {
			case r := <-reads:
				r.resp <- state[r.key]
			case w := <-writes:
				state[w.key] += w.val
				w.resp <- true
			case <-quit:
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for w := 0; w < 5; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				op := writeOp{key: i % 5, val: w + 1, resp: make(chan bool)}
				writes <- op
				<-op.resp
				atomic.AddUint64(&writeOps, 1)
			}
		}(w)
	}
	for r := 0; r < 3; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				op := readOp{key: i % 5, resp: make(chan int)}
				reads <- op
				<-op.resp
				atomic.AddUint64(&readOps, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("readOps:", atomic.LoadUint64(&readOps))
	fmt.Println("writeOps:", atomic.LoadUint64(&writeOps))
	for k := 0; k < 5; k++ {
		op := readOp{key: k, resp: make(chan int)}
		reads <- op
		fmt.Println("key", k, "=", <-op.resp)
	}
	close(quit)
}
