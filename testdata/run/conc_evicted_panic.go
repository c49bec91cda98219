package main

import (
	"fmt"
	"time"
)

// A goroutine parked while 5000 others run wakes up and panics: its stack (restored from
// its saved copy) unwinds its deferred calls, and the program exits with Go's panic.

func worker(c chan int) {
	defer fmt.Println("deferred in worker")
	v := <-c
	var a []int
	fmt.Println("woke with", v)
	_ = a[v]
}

func main() {
	c := make(chan int)
	go worker(c)
	done := make(chan bool)
	for i := 0; i < 5000; i++ {
		go func() {
			time.Sleep(time.Millisecond)
			done <- true
		}()
	}
	for i := 0; i < 5000; i++ {
		<-done
	}
	c <- 3
	time.Sleep(10 * time.Millisecond)
	fmt.Println("not reached")
}
