package main

import "fmt"

type Server struct {
	requests chan string
}

// The struct's channel was never made: sending on a nil channel blocks forever.
func main() {
	s := &Server{}
	fmt.Println("requests is nil:", s.requests == nil)
	s.requests <- "GET /"
	fmt.Println("unreachable")
}
