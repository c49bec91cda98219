package main

import "fmt"

type Event struct{ Name string }

// Channel types: %T of each direction and element, conversion to directional channels,
// channels of functions and of channels.
func producer(out chan<- Event) {
	out <- Event{"start"}
	close(out)
}

func main() {
	c := make(chan Event, 1)
	var send chan<- Event = c
	var recv <-chan Event = c
	fmt.Printf("%T | %T | %T\n", c, send, recv)
	fmt.Printf("%T | %T | %T\n", make(chan struct{}), make(chan chan int), make(chan func(int) string))
	fmt.Printf("%T\n", make(chan<- <-chan []map[string]int))
	go producer(c)
	for e := range recv {
		fmt.Printf("%+v\n", e)
	}
	funcs := make(chan func() string, 3)
	for _, s := range []string{"a", "b", "c"} {
		funcs <- func() string { return s + s }
	}
	close(funcs)
	for f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	chch := make(chan chan int, 1)
	inner := make(chan int, 1)
	chch <- inner
	(<-chch) <- 42
	fmt.Println(<-inner)
	var nilc chan int
	fmt.Println(nilc == nil, c != nil, send == c)
}
