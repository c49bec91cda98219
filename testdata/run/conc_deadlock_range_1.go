package main

import "fmt"

func produce(c chan<- int, n int) {
	for i := 0; i < n; i++ {
		c <- i
	}
	// Bug: no close(c).
}

// The producer forgets to close the channel: range never ends once it returns.
func main() {
	c := make(chan int)
	go produce(c, 3)
	sum := 0
	for v := range c {
		sum += v
		fmt.Println("got", v, "sum", sum)
	}
	fmt.Println("unreachable", sum)
}
