package main

import "fmt"

type Events <-chan int
type Sink chan<- string

func producer(n int) <-chan int {
	c := make(chan int, n)
	for i := 0; i < n; i++ {
		c <- i * i
	}
	close(c)
	return (<-chan int)(c)
}

func drain(e Events) (sum int) {
	for v := range e {
		sum += v
	}
	return
}

func main() {
	c := make(chan int, 3)
	ev := Events(c)
	c <- 5
	fmt.Println(<-ev, len(ev), cap(ev))
	var ro <-chan int = c
	var so chan<- int = c
	so <- 7
	fmt.Println(<-ro)
	fmt.Println(drain(Events(producer(4))))
	out := make(chan string, 1)
	s := Sink(out)
	s <- "hi"
	fmt.Println(<-out)
	fmt.Printf("%T %T\n", ev, s)
	var nilc Events = Events(nil)
	fmt.Println(nilc == nil)
	close(c)
	v, ok := <-ev
	fmt.Println(v, ok)
}
