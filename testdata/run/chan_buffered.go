package main

import "fmt"

func main() {
	c := make(chan string, 3)
	c <- "a"
	c <- "b"
	fmt.Println(len(c), cap(c))
	fmt.Println(<-c, len(c))
	c <- "c"
	c <- "d"
	// Full: the next sender waits, and its value goes behind the buffered ones.
	done := make(chan bool)
	go func() {
		c <- "e"
		done <- true
	}()
	for i := 0; i < 4; i++ {
		fmt.Print(<-c, " ")
	}
	<-done
	fmt.Println(len(c))

	// Producer faster than consumer, bounded by the buffer.
	nums := make(chan int, 4)
	go func() {
		for i := 1; i <= 20; i++ {
			nums <- i
		}
		close(nums)
	}()
	sum := 0
	for n := range nums {
		sum += n
	}
	fmt.Println("sum", sum)
	var unbuf chan int
	fmt.Println(len(unbuf), cap(unbuf), unbuf == nil)
}
