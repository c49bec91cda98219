package main

import "fmt"

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < 1000; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	_, ok := <-pong
	fmt.Println(v, ok, len(ping), cap(ping))

	// Senders queue up in FIFO order.
	c := make(chan int)
	for i := 0; i < 3; i++ {
		go func() { c <- i }()
	}
	fmt.Println(<-c, <-c, <-c)

	// A relay chain: each goroutine passes the value on.
	first := make(chan int)
	in := first
	for i := 0; i < 100; i++ {
		out := make(chan int)
		go func(in, out chan int) { out <- 1 + <-in }(in, out)
		in = out
	}
	first <- 0
	fmt.Println(<-in)
}
