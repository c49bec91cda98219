package main

import "fmt"

type Conn struct {
	in  chan int
	out chan string
}

// Both channels of the select are nil (the Conn was never opened) and there is no default.
func main() {
	var c Conn
	fmt.Println("in is nil:", c.in == nil, "out is nil:", c.out == nil)
	for i := 0; i < 2; i++ {
		select {
		case v := <-c.in:
			fmt.Println("in", v)
		case c.out <- "x":
			fmt.Println("sent")
		}
	}
	fmt.Println("unreachable")
}
