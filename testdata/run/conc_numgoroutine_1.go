package main

import (
	"fmt"
	"runtime"
)

// runtime.NumGoroutine counts blocked goroutines too; Gosched yields without blocking.
func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	block := make(chan struct{})
	started := make(chan struct{})
	for i := 0; i < 4; i++ {
		go func() {
			started <- struct{}{}
			<-block
		}()
	}
	for i := 0; i < 4; i++ {
		<-started
	}
	fmt.Println("with 4 blocked:", runtime.NumGoroutine())
	close(block)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("after release:", runtime.NumGoroutine())
	flag := false
	go func() { flag = true }()
	for !flag {
		runtime.Gosched()
	}
	fmt.Println("flag set by goroutine:", flag)
}
