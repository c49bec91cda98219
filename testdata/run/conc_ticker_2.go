package main

import (
	"fmt"
	"time"
)

// A ticker and a quit channel in one select; the worker counts ticks until told to stop.
func main() {
	ticker := time.NewTicker(5 * time.Millisecond)
	quit := make(chan struct{})
	report := make(chan int)
	go func() {
		n := 0
		tick := ticker.C
		for {
			select {
			case <-tick:
				n++
				if n == 3 {
					tick = nil // no more ticks count once quit is closed
					close(quit)
				}
			case <-quit:
				ticker.Stop()
				report <- n
				return
			}
		}
	}()
	n := <-report
	fmt.Println("ticks before quit:", n)
	ticker.Reset(5 * time.Millisecond)
	<-ticker.C
	fmt.Println("reset ticker fired")
	ticker.Stop()
	select {
	case <-ticker.C:
		fmt.Println("stale tick")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("stopped ticker is quiet")
	}
}
