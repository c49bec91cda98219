package main

func main() {
	c := make(chan int)
	select {
	case <-c
	}
}
