package main

import (
	"fmt"
	"strings"
)

// Strict alternation with two channels: the order is fixed by the handoff.
func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan struct{})
	var sb strings.Builder
	go func() {
		for v := range ping {
			fmt.Fprintf(&sb, "ping %d\n", v)
			pong <- v + 1
		}
		close(pong)
	}()
	go func() {
		for v := range pong {
			fmt.Fprintf(&sb, "pong %d\n", v)
			if v >= 10 {
				close(ping)
				continue
			}
			ping <- v + 1
		}
		close(done)
	}()
	ping <- 1
	<-done
	fmt.Print(sb.String())
}
