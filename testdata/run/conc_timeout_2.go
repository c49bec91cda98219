package main

import (
	"fmt"
	"time"
)

// A loop with an overall deadline timer and a per-item timeout.
func main() {
	items := make(chan int)
	go func() {
		delays := []int{1, 2, 1, 80, 1}
		for i, d := range delays {
			time.Sleep(time.Duration(d) * time.Millisecond)
			items <- i
		}
	}()
	deadline := time.NewTimer(500 * time.Millisecond)
	defer deadline.Stop()
	for {
		select {
		case i := <-items:
			fmt.Println("item", i)
		case <-time.After(40 * time.Millisecond):
			fmt.Println("item timeout: giving up")
			return
		case <-deadline.C:
			fmt.Println("overall deadline")
			return
		}
	}
}
