package main

import (
	"fmt"
	"sync"
)

// More goroutines than gint has run stacks park at different depths with live locals on
// their stacks; each must find its locals intact when it runs again.

func descend(id, depth int, gate <-chan int, out chan<- int) int {
	local := id*7 + depth
	if depth > 0 {
		r := descend(id, depth-1, gate, out)
		return r + local%5
	}
	k := <-gate
	return local + k
}

func main() {
	const n = 10000
	gate := make(chan int)
	out := make(chan int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			s := fmt.Sprint("g", id)
			r := descend(id, id%40, gate, out)
			if s != fmt.Sprint("g", id) {
				panic("lost local")
			}
			out <- r
		}(i)
	}
	for i := 0; i < n; i++ {
		gate <- 1
	}
	wg.Wait()
	close(out)
	sum, count := 0, 0
	for v := range out {
		sum += v
		count++
	}
	fmt.Println("count:", count, "sum:", sum)
}
