package main

import (
	"fmt"
	"sync"
)

// The consumer closes the channel while a producer still sends: send on closed channel.
func main() {
	c := make(chan int)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("received", <-c)
		close(c) // wrong side closes
	}()
	c <- 1
	wg.Wait()
	fmt.Println("sending again")
	c <- 2
	fmt.Println("unreachable")
}
