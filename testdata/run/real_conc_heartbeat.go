package main

import (
	"fmt"
	"time"
)

func worker(done <-chan struct{}, pulse time.Duration) (<-chan int, <-chan string) {
	heartbeat := make(chan int)
	results := make(chan string)
	go func() {
		defer close(heartbeat)
		defer close(results)
		ticker := time.NewTicker(pulse)
		defer ticker.Stop()
		beats := 0
		work := time.After(3*pulse + pulse/2)
		for {
			select {
			case <-done:
				return
			case <-ticker.C:
				beats++
				select {
				case heartbeat <- beats:
				default:
				}
			case <-work:
				results <- "work finished"
				work = nil
			}
		}
	}()
	return heartbeat, results
}

func main() {
	done := make(chan struct{})
	hb, results := worker(done, 40*time.Millisecond)
	got := 0
	for got < 3 {
		select {
		case n, ok := <-hb:
			if !ok {
				return
			}
			fmt.Println("pulse", n)
		case r := <-results:
			fmt.Println(r)
			got = 3
		}
	}
	close(done)
	for range hb {
	}
	fmt.Println("worker stopped")

	// A ticker reset to a longer period.
	t := time.NewTicker(10 * time.Millisecond)
	<-t.C
	t.Reset(40 * time.Millisecond)
	start := time.Now()
	<-t.C
	fmt.Println("slower tick:", time.Since(start) >= 30*time.Millisecond)
	t.Stop()
}
