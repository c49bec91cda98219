package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init once", i) })
	}
	ch := make(chan int)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for v := range ch {
			fmt.Println("consumer got", v)
		}
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			ch <- i
		}
	}()
	fmt.Println("waiting; the channel is never closed")
	wg.Wait()
	fmt.Println("unreachable")
}
