package main

import "fmt"

// Nil channels in select disable a case: a merger that turns off each finished input,
// and an outgoing case enabled only when there is something to send.
func main() {
	in := make(chan int)
	out := make(chan int)
	go func() {
		for i := 1; i <= 6; i++ {
			in <- i
		}
		close(in)
	}()
	done := make(chan []int)
	go func() {
		var got []int
		for v := range out {
			got = append(got, v)
		}
		done <- got
	}()
	var pending []int
	src := in
	for src != nil || len(pending) > 0 {
		var send chan int
		var next int
		if len(pending) > 0 {
			send = out
			next = pending[0]
		}
		select {
		case v, ok := <-src:
			if !ok {
				src = nil
				continue
			}
			pending = append(pending, v*10)
		case send <- next:
			pending = pending[1:]
		}
	}
	close(out)
	fmt.Println(<-done)
}
