package main

import "fmt"

// The producer forgets to close the channel: range never ends once it returns.
func main() {
	c := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			c <- i
		}
	}()
	sum := 0
	for v := range c {
		sum += v
		fmt.Println("got", v, "sum", sum)
	}
	fmt.Println("unreachable", sum)
}
