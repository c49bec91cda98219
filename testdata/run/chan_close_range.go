package main

import "fmt"

func main() {
	c := make(chan int, 5)
	for i := 0; i < 3; i++ {
		c <- i
	}
	close(c)
	// Buffered values are still received after close, then zero values with ok false.
	for i := 0; i < 5; i++ {
		v, ok := <-c
		fmt.Println(v, ok)
	}
	for v := range c {
		fmt.Println("unreachable", v)
	}

	// close wakes every waiting receiver.
	gate := make(chan struct{})
	done := make(chan int)
	for i := 0; i < 3; i++ {
		go func(id int) {
			<-gate
			done <- id
		}(i)
	}
	close(gate)
	total := 0
	for i := 0; i < 3; i++ {
		total += <-done
	}
	fmt.Println("woken", total)

	// range stops at close, break leaves early.
	words := make(chan string)
	go func() {
		for _, w := range []string{"x", "y", "z", "stop", "w"} {
			words <- w
		}
		close(words)
	}()
	for w := range words {
		if w == "stop" {
			break
		}
		fmt.Print(w)
	}
	fmt.Println()
	var s string
	var ok bool
	s, ok = <-words
	fmt.Printf("%q %v\n", s, ok)
}
