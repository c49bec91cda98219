package main

import (
	"fmt"
	"time"
)

// A ticker-driven loop that runs a bounded number of times, then stops the ticker.
func main() {
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	start := time.Now()
	count := 0
	for range ticker.C {
		count++
		fmt.Println("tick", count)
		if count == 5 {
			break
		}
	}
	elapsed := time.Since(start)
	fmt.Println("at least 50ms:", elapsed >= 50*time.Millisecond)
	fmt.Println("under 2s:", elapsed < 2*time.Second)
}
