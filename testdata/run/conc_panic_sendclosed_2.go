package main

import (
	"fmt"
	"time"
)

// A sender is blocked when the channel is closed: it wakes up and panics.
func main() {
	c := make(chan int)
	go func() {
		fmt.Println("sender waiting")
		c <- 1
		fmt.Println("unreachable")
	}()
	time.Sleep(20 * time.Millisecond)
	close(c)
	time.Sleep(time.Second)
	fmt.Println("main not reached either")
}
