package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	for i := 0; i < 3; i++ {
		go func() {
			mu.Lock()
			fmt.Println("never")
		}()
	}
	c := make(chan int)
	go func() { c <- 1 }()
	fmt.Println(<-c)
}
