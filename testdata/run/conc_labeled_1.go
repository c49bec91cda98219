package main

import "fmt"

// break inside select leaves only the select; a labeled break leaves the loop.
func main() {
	c := make(chan int, 10)
	for i := 0; i < 10; i++ {
		c <- i
	}
	close(c)
	var got []int
loop:
	for {
		select {
		case v, ok := <-c:
			if !ok {
				break loop
			}
			if v%3 == 0 {
				break // only the select
			}
			if v == 8 {
				continue loop
			}
			got = append(got, v)
		}
	}
	fmt.Println(got)

	d := make(chan string, 3)
	d <- "a"
	d <- "stop"
	d <- "b"
	n := 0
outer:
	for {
		switch s := <-d; s {
		case "stop":
			break outer
		default:
			n++
		}
	}
	fmt.Println("before stop:", n, "left:", len(d))
}
