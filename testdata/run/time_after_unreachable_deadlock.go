package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 1)
	n := 0
	for i := 0; i < 1000; i++ {
		ch <- i
		select {
		case v := <-ch:
			n += v & 1
		case <-time.After(time.Hour):
			fmt.Println("timeout")
		}
	}
	fmt.Println(n)
	var c chan int
	<-c
}
