package main

import "fmt"

// go and defer with explicitly instantiated generic functions.
func Produce[T any](ch chan<- T, xs []T, done chan<- bool) {
	for _, x := range xs {
		ch <- x
	}
	close(ch)
	done <- true
}

func Report[T any](label string, v *T) {
	fmt.Println(label, *v)
}

func run() {
	total := 0
	defer Report[int]("total", &total)
	ch := make(chan int)
	done := make(chan bool, 1)
	go Produce[int](ch, []int{1, 2, 3, 4}, done)
	for v := range ch {
		total += v
	}
	<-done
}

func main() {
	run()
	sch := make(chan string, 2)
	done := make(chan bool, 1)
	go Produce(sch, []string{"a", "b"}, done)
	<-done
	for s := range sch {
		fmt.Print(s)
	}
	fmt.Println()
}
