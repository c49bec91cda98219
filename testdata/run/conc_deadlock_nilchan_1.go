package main

import "fmt"

type Server struct {
	name     string
	requests chan string
}

func NewServer(name string) *Server {
	// Bug: the channel is never made.
	return &Server{name: name}
}

func (s *Server) Handle(req string) {
	fmt.Printf("%s: queueing %s\n", s.name, req)
	s.requests <- req // a send on a nil channel blocks forever
}

func main() {
	s := NewServer("api")
	fmt.Println("requests is nil:", s.requests == nil)
	s.Handle("GET /")
	fmt.Println("unreachable")
}
