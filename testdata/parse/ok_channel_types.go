// Exercises: channel type syntax — `chan<- chan int`, `<-chan <-chan int`,
// `chan (<-chan int)`, `chan<- <-chan int`, receive expressions `<-<-c`,
// and send statements.
package main

import "fmt"

func main() {
	var a chan<- chan int
	var b <-chan <-chan int
	var c chan (<-chan int)
	var d chan<- <-chan int
	var e chan<- func() <-chan int
	inner := make(chan int, 1)
	outer := make(chan chan int, 1)
	a = outer
	inner <- 42
	outer <- inner
	fmt.Println(<-<-outer)
	_, _, _, _, _ = a, b, c, d, e
	x := make(chan struct{}, 1)
	x <- struct{}{}
	v, ok := <-x
	fmt.Println(v, ok)
}
