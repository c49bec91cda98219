package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan string)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		b <- "hello"
		quit <- true
	}()
	for running := true; running; {
		select {
		case v := <-a:
			fmt.Println("a", v)
		case s, ok := <-b:
			fmt.Println("b", s, ok)
		case <-quit:
			running = false
		}
	}

	// default when nothing is ready; a send case when there is room.
	c := make(chan int, 1)
	select {
	case v := <-c:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}
	select {
	case c <- 7:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case c <- 8:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}

	// nil channels are never ready; a closed one always is.
	var never chan int
	closed := make(chan int)
	close(closed)
	select {
	case <-never:
		fmt.Println("never")
	case v, ok := <-closed:
		fmt.Println("closed", v, ok)
	}

	// A select waiting on both sending and receiving, served by another goroutine.
	out := make(chan int)
	in := make(chan int)
	go func() {
		out <- 100
		fmt.Println("received", <-in)
		quit <- true
	}()
	for n := 0; n < 1; n++ {
		select {
		case v := <-out:
			fmt.Println("from out", v)
			in <- v + 1
		case <-never:
		}
	}
	<-quit

	// Random choice among ready cases: both must be taken over many rounds.
	x := make(chan int, 1)
	y := make(chan int, 1)
	seen := map[string]bool{}
	for i := 0; i < 200; i++ {
		x <- 1
		y <- 2
		select {
		case <-x:
			seen["x"] = true
			<-y
		case <-y:
			seen["y"] = true
			<-x
		}
	}
	fmt.Println(seen["x"], seen["y"])

	// break inside select leaves the select only.
	count := 0
	for i := 0; i < 3; i++ {
		select {
		default:
			if i == 1 {
				break
			}
			count++
		}
	}
	fmt.Println("count", count)
}
