package main

import (
	"fmt"
	"sync"
	"time"
)

type Server struct {
	name string
	wg   sync.WaitGroup
}

func (s *Server) run(ch chan string, n int) {
	defer s.wg.Done()
	ch <- fmt.Sprintf("%s got %d", s.name, n)
}

type Greeter interface{ Greet(chan string) }
type En struct{}

func (En) Greet(ch chan string) { ch <- "hello" }

func main() {
	s := &Server{name: "srv"}
	ch := make(chan string, 10)
	s.wg.Add(2)
	go s.run(ch, 1)
	go s.run(ch, 2)
	s.wg.Wait()
	fmt.Println(<-ch)
	fmt.Println(<-ch)
	var g Greeter = En{}
	go g.Greet(ch)
	fmt.Println(<-ch)
	f := func(c chan string, n int) { s.run(c, n) }
	s.wg.Add(1)
	go f(ch, 3)
	s.wg.Wait()
	fmt.Println(<-ch)
	go fmt.Println("from go fmt.Println", 42)
	time.Sleep(20 * time.Millisecond)
	var mu sync.Mutex
	mu.Lock()
	go mu.Unlock()
	mu.Lock()
	fmt.Println("relocked")
	go time.Sleep(time.Millisecond)
	x := 1
	defer fmt.Println("deferred x", x)
	x = 2
}
