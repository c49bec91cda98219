package main

import "fmt"

// range over channels: values until close, buffered leftovers after close, and
// range over a function-built stream.
func fib(n int) <-chan int {
	c := make(chan int, n)
	a, b := 0, 1
	for i := 0; i < n; i++ {
		c <- a
		a, b = b, a+b
	}
	close(c)
	return c
}

func main() {
	for v := range fib(12) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	c := make(chan string, 5)
	c <- "x"
	c <- "y"
	close(c)
	fmt.Println("len after close:", len(c), "cap:", cap(c))
	for s := range c {
		fmt.Println("drained", s, "len now", len(c))
	}
	words := make(chan string)
	go func() {
		defer close(words)
		for _, w := range []string{"go", "chan", "range"} {
			words <- w
		}
	}()
	n := 0
	for range words {
		n++
	}
	fmt.Println("counted", n)
}
