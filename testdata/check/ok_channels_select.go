package main

import "fmt"

func producer(out chan<- int) {
	for i := 0; i < 3; i++ {
		out <- i
	}
	close(out)
}

func consume(in <-chan int) int {
	t := 0
	for v := range in {
		t += v
	}
	return t
}

func main() {
	c := make(chan int)
	go producer(c)
	fmt.Println(consume(c))
	d := make(chan string, 1)
	select {
	case d <- "x":
	default:
	}
	select {
	case s, ok := <-d:
		fmt.Println(s, ok)
	}
	var nilc chan int
	select {
	case v := <-nilc:
		fmt.Println(v)
	default:
		fmt.Println("none")
	}
}
