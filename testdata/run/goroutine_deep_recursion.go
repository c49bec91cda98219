package main

import (
	"fmt"
	"sync"
)

// Deep recursion inside goroutines: values flow through channels from deep frames,
// panics unwind through many frames to a recover at the goroutine's top.
func walk(n int, out chan<- int) {
	if n == 0 {
		return
	}
	if n%5000 == 0 {
		out <- n
	}
	walk(n-1, out)
}

func boom(n int) int {
	if n == 0 {
		panic(fmt.Sprintf("bottom reached"))
	}
	return boom(n-1) + 1
}

func sum(n int) int {
	if n == 0 {
		return 0
	}
	return n + sum(n-1)
}

func main() {
	out := make(chan int)
	go func() {
		walk(60000, out)
		close(out)
	}()
	total := 0
	for v := range out {
		total += v
	}
	fmt.Println("walked", total)

	var wg sync.WaitGroup
	results := make([]int, 4)
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = sum(50000 * (i + 1))
		}()
	}
	wg.Wait()
	fmt.Println(results)

	done := make(chan string)
	go func() {
		defer func() { done <- fmt.Sprint("recovered: ", recover()) }()
		boom(80000)
	}()
	fmt.Println(<-done)
	for round := 0; round < 3; round++ {
		c := make(chan int)
		go func() { c <- sum(100000) }()
		fmt.Println(<-c)
	}
}
