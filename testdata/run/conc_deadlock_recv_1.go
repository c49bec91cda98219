package main

import "fmt"

// main waits for a result that the worker never sends: its early return skips the send.
func worker(n int, out chan<- int) {
	if n < 0 {
		fmt.Println("worker: negative input, returning")
		return
	}
	out <- n * 2
}

func main() {
	out := make(chan int)
	go worker(4, out)
	fmt.Println("first:", <-out)
	go worker(-1, out)
	fmt.Println("second:", <-out)
}
