package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		fmt.Println("in goroutine")
		close(c)
		close(c)
	}()
	<-c
	fmt.Println("unreachable?")
	select {}
}
