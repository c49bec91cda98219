package main

import "fmt"

func show(name string, c chan int) {
	fmt.Printf("%s: len=%d cap=%d\n", name, len(c), cap(c))
}

// len and cap of channels through fills, drains and close.
func main() {
	var nilc chan int
	show("nil", nilc)
	un := make(chan int)
	show("unbuffered", un)
	b := make(chan int, 4)
	show("empty", b)
	for i := 0; i < 4; i++ {
		b <- i
		show(fmt.Sprint("after send ", i), b)
	}
	<-b
	show("after one receive", b)
	close(b)
	show("closed", b)
	for range b {
	}
	show("drained", b)
	var ro <-chan int = make(chan int, 7)
	fmt.Println("receive-only cap:", cap(ro))
	chans := []chan int{make(chan int, 1), make(chan int, 2)}
	chans[1] <- 9
	fmt.Println(len(chans[0]), len(chans[1]), cap(chans[1]))
}
