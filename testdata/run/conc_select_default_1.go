package main

import "fmt"

// Non-blocking sends and receives with select default.
func trySend(c chan int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func tryRecv(c chan int) (int, bool) {
	select {
	case v := <-c:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	c := make(chan int, 3)
	for i := 1; i <= 5; i++ {
		fmt.Println("send", i, trySend(c, i), "len", len(c))
	}
	for i := 0; i < 4; i++ {
		v, ok := tryRecv(c)
		fmt.Println("recv", v, ok)
	}
	var unbuffered = make(chan int)
	fmt.Println("unbuffered, no receiver:", trySend(unbuffered, 1))
	var nilc chan int
	_, ok := tryRecv(nilc)
	fmt.Println("nil channel recv:", ok, "send:", trySend(nilc, 1))
	close(c)
	v, ok := tryRecv(c)
	fmt.Println("closed channel recv:", v, ok)
}
