package main

import "fmt"

// When several cases are ready, select picks one at random: over many rounds
// both ready channels are chosen.
func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	counts := map[string]int{}
	for i := 0; i < 2000; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			counts["a"]++
			<-b
		case <-b:
			counts["b"]++
			<-a
		}
	}
	fmt.Println("a chosen:", counts["a"] > 100, "b chosen:", counts["b"] > 100, "total:", counts["a"]+counts["b"])
	// A ready case always beats default.
	c := make(chan int, 1)
	c <- 7
	select {
	case v := <-c:
		fmt.Println("ready case", v)
	default:
		fmt.Println("default")
	}
}
