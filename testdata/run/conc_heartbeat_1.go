package main

import (
	"fmt"
	"time"
)

// A worker sends heartbeats while busy; the monitor declares it dead when they stop.
func worker(beats chan<- int, work int) {
	for i := 1; i <= work; i++ {
		time.Sleep(5 * time.Millisecond)
		beats <- i
	}
	// Hangs without beating: simulated stall.
	select {}
}

func main() {
	beats := make(chan int)
	go worker(beats, 4)
	last := 0
	for {
		select {
		case b := <-beats:
			last = b
			fmt.Println("beat", b)
		case <-time.After(60 * time.Millisecond):
			fmt.Println("no heartbeat after beat", last, "- worker presumed dead")
			return
		}
	}
}
