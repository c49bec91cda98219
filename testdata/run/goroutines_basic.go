package main

import "fmt"

type point struct{ x, y int }

func produce(n int, out chan int) {
	for i := 0; i < n; i++ {
		out <- i * i
	}
	close(out)
}

func main() {
	// A declared function, a closure capturing a variable, arguments evaluated at `go`.
	out := make(chan int)
	go produce(5, out)
	for v := range out {
		fmt.Print(v, " ")
	}
	fmt.Println()

	done := make(chan bool)
	x := 10
	go func(y int) {
		x += y
		done <- true
	}(x * 2)
	x = 1
	<-done
	fmt.Println("x =", x)

	// Many goroutines hand results back in order through their own channels.
	chans := make([]chan string, 5)
	for i := range chans {
		chans[i] = make(chan string)
		go func() {
			chans[i] <- fmt.Sprint("worker ", i)
		}()
	}
	for _, c := range chans {
		fmt.Println(<-c)
	}

	// Values of every kind cross a channel.
	ps := make(chan point, 2)
	fs := make(chan float64, 1)
	bs := make(chan bool, 1)
	is := make(chan interface{}, 2)
	ps <- point{1, 2}
	fs <- 1.5
	bs <- true
	is <- 42
	is <- "str"
	p := <-ps
	fmt.Println(p.x, p.y, <-fs*2, <-bs, <-is, <-is)

	// main returning does not wait for blocked goroutines.
	block := make(chan int)
	go func() {
		<-block
		fmt.Println("never")
	}()
	fmt.Println("end")
}
