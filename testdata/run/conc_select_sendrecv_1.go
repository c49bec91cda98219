package main

import "fmt"

// A select that sends and receives on channels in the same loop: a stack-like
// exchanger that also accepts new values while offering its top.
func main() {
	in := make(chan int)
	out := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			in <- i
		}
		close(in)
	}()
	res := make(chan []int)
	go func() {
		var got []int
		for v := range out {
			got = append(got, v)
		}
		res <- got
	}()
	var stack []int
	src := in
	for src != nil || len(stack) > 0 {
		var dst chan int
		top := 0
		if src == nil && len(stack) > 0 {
			// Only drain once input is finished, so the order is fixed.
			dst = out
			top = stack[len(stack)-1]
		}
		select {
		case v, ok := <-src:
			if !ok {
				src = nil
				break
			}
			stack = append(stack, v)
		case dst <- top:
			stack = stack[:len(stack)-1]
		}
	}
	close(out)
	fmt.Println(<-res)
}
