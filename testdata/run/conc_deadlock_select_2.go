package main

import "fmt"

// A select whose only cases are a send to a full channel and a receive from an empty one.
func main() {
	full := make(chan int, 1)
	full <- 1
	empty := make(chan int, 1)
	select {
	case full <- 2:
		fmt.Println("sent")
	case v := <-empty:
		fmt.Println("got", v)
	default:
		fmt.Println("neither case is ready")
	}
	fmt.Println("len(full) =", len(full), "len(empty) =", len(empty))
	fmt.Println("now blocking")
	select {
	case full <- 3:
		fmt.Println("sent 3")
	case v := <-empty:
		fmt.Println("got", v)
	}
	fmt.Println("unreachable")
}
