package main

import (
	"fmt"
	"sync"
	"time"
)

func producer(name string, n int, delay time.Duration) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			time.Sleep(delay)
			ch <- fmt.Sprintf("%s-%d", name, i)
		}
	}()
	return ch
}

func merge(chans []<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	wg.Add(len(chans))
	for _, c := range chans {
		go func(c <-chan string) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	merged := merge([]<-chan string{
		producer("fast", 3, 10*time.Millisecond),
		producer("slow", 2, 60*time.Millisecond),
	})
	counts := map[string]int{}
	var order []string
	for v := range merged {
		order = append(order, v)
		counts[v[:4]]++
	}
	fmt.Println("received", len(order), "messages")
	fmt.Println("fast:", counts["fast"], "slow:", counts["slow"])
	fmt.Println("first:", order[0], "last:", order[len(order)-1])
}
