package main

import (
	"fmt"
	"sync"
)

// Several producers, several consumers; the channel is closed once every producer is done.
func main() {
	queue := make(chan int, 4)
	var prod, cons sync.WaitGroup
	for p := 0; p < 3; p++ {
		prod.Add(1)
		go func(p int) {
			defer prod.Done()
			for i := 0; i < 10; i++ {
				queue <- p*100 + i
			}
		}(p)
	}
	sums := make([]int, 2)
	counts := make([]int, 2)
	for c := 0; c < 2; c++ {
		cons.Add(1)
		go func(c int) {
			defer cons.Done()
			for v := range queue {
				sums[c] += v
				counts[c]++
			}
		}(c)
	}
	prod.Wait()
	close(queue)
	cons.Wait()
	fmt.Println("consumed:", counts[0]+counts[1])
	fmt.Println("sum:", sums[0]+sums[1])
	v, ok := <-queue
	fmt.Println("after close:", v, ok)
}
