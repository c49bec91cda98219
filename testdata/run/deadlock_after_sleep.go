package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(30 * time.Millisecond)
		fmt.Println("sleeper woke")
		ch <- 1
	}()
	fmt.Println(<-ch)
	// A pending timer nobody waits on does not count: this is still a deadlock once it has
	// fired.
	t := time.NewTimer(20 * time.Millisecond)
	_ = t
	time.Sleep(40 * time.Millisecond)
	fmt.Println("now blocking forever")
	<-ch
}
