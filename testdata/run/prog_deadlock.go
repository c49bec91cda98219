// A pipeline whose last stage forgets to close its channel: the program prints what it
// got and then dies with Go's deadlock error.
package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		// forgot close(out)
	}()
	return out
}

func main() {
	total := 0
	for v := range sq(gen(1, 2, 3)) {
		total += v
		fmt.Println("got", v, "total", total)
	}
	fmt.Println("unreachable")
}
