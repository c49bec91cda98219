package main

import "fmt"

type Hub struct {
	name string
	quit chan struct{}
}

func (h *Hub) Stop() {
	fmt.Println("stopping", h.name)
	close(h.quit)
}

// Closing a channel that was never made panics.
func main() {
	hubs := []*Hub{{"a", make(chan struct{})}, {"b", nil}}
	for _, h := range hubs {
		h.Stop()
	}
	fmt.Println("unreachable")
}
