package main

import (
	"fmt"
	"iter"
)

// A range-over-func iterator backed by a goroutine; breaking out stops the producer.
func Counter(limit int, stopped chan<- int) iter.Seq[int] {
	return func(yield func(int) bool) {
		vals := make(chan int)
		done := make(chan struct{})
		go func() {
			defer close(vals)
			for i := 0; i < limit; i++ {
				select {
				case vals <- i:
				case <-done:
					stopped <- i
					return
				}
			}
			stopped <- limit
		}()
		defer close(done)
		for v := range vals {
			if !yield(v) {
				return
			}
		}
	}
}

func main() {
	stopped := make(chan int, 1)
	for v := range Counter(100, stopped) {
		if v == 4 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println("| producer stopped at", <-stopped)
	sum := 0
	for v := range Counter(5, stopped) {
		sum += v
	}
	fmt.Println("sum", sum, "stopped at", <-stopped)
}
