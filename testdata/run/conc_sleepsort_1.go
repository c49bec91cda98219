package main

import (
	"fmt"
	"time"
)

// Sleep sort: each value wakes after value*25ms; order follows time.
func main() {
	vals := []int{5, 1, 4, 2, 3}
	out := make(chan int)
	for _, v := range vals {
		go func() {
			time.Sleep(time.Duration(v) * 25 * time.Millisecond)
			out <- v
		}()
	}
	for range vals {
		fmt.Print(<-out, " ")
	}
	fmt.Println()
}
