package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)

	limiter := time.Tick(20 * time.Millisecond)
	start := time.Now()
	for req := range requests {
		<-limiter
		fmt.Println("request", req)
	}
	elapsed := time.Since(start)
	fmt.Println("spaced out:", elapsed >= 90*time.Millisecond)

	// A bursty limiter: up to 3 at once, then one every 20ms.
	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	ticker := time.NewTicker(40 * time.Millisecond)
	defer ticker.Stop()
	go func() {
		for t := range ticker.C {
			bursty <- t
		}
	}()
	burstyRequests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		burstyRequests <- i
	}
	close(burstyRequests)
	start = time.Now()
	var fast int
	for req := range burstyRequests {
		<-bursty
		if time.Since(start) < 30*time.Millisecond {
			fast++
		}
		fmt.Println("bursty request", req)
	}
	fmt.Println("served without waiting:", fast)
}
