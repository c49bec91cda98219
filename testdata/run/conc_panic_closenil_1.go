package main

import "fmt"

type Hub struct {
	quit chan struct{}
}

func (h *Hub) Stop() {
	close(h.quit)
}

// Closing a channel that was never made panics.
func main() {
	h := &Hub{}
	fmt.Println("stopping")
	h.Stop()
	fmt.Println("unreachable")
}
