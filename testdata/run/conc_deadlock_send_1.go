package main

import "fmt"

// A buffered channel fills up and nobody receives: the fourth send blocks main.
func main() {
	c := make(chan int, 3)
	for i := 1; i <= 4; i++ {
		fmt.Println("sending", i, "len", len(c), "cap", cap(c))
		c <- i
	}
	fmt.Println("unreachable")
}
