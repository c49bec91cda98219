package main

import "fmt"

// 5000 goroutines blocked forever and main too: Go's deadlock (exit 2).

func main() {
	c := make(chan int)
	for i := 0; i < 5000; i++ {
		go func() {
			c <- 1
			fmt.Println("sent")
		}()
	}
	select {}
}
