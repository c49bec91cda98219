package main

import "fmt"

// A chain of 6000 goroutines passing values along: more than gint's run stacks, so the
// goroutines take turns on shared stacks at every hand-off.

func stage(k int, in <-chan int, out chan<- int) {
	defer func() {
		if r := recover(); r != nil {
			out <- -1
			close(out)
		}
	}()
	acc := 0
	for v := range in {
		acc += v
		if v == 1000000+k && k == 4321 {
			panic("boom at stage")
		}
		out <- v + 1
	}
	close(out)
	_ = acc
}

func main() {
	const stages = 6000
	first := make(chan int)
	in := first
	for k := 0; k < stages; k++ {
		out := make(chan int)
		go stage(k, in, out)
		in = out
	}
	go func() {
		for i := 0; i < 5; i++ {
			first <- i * 10
		}
		first <- 1000000
		close(first)
	}()
	for v := range in {
		fmt.Println(v)
	}
	fmt.Println("done")
}
