package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	var wg sync.WaitGroup
	wg.Add(1)
	ch := make(chan int)
	go func() { ch <- 1; ch <- 2 }()
	go func() { mu.Lock() }()
	go func() { select {} }()
	go func() { var c chan int; <-c }()
	go func() { wg.Wait() }()
	go func() { select { case <-ch: case ch <- 1: } }()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("x")
	<-ch
	<-ch
	<-ch
}
