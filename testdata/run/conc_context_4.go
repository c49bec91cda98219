package main

import (
	"context"
	"fmt"
	"time"
)

// context.AfterFunc and WithoutCancel: a callback on cancellation, and a child that ignores it.
func main() {
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan string, 1)
	stop := context.AfterFunc(ctx, func() { ran <- "cleanup ran" })
	detached := context.WithoutCancel(context.WithValue(ctx, "k", "v"))

	ctx2, cancel2 := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(ctx2, func() { fmt.Println("never") })
	fmt.Println("stop2 before cancel:", stop2())
	cancel2()

	cancel()
	select {
	case s := <-ran:
		fmt.Println(s)
	case <-time.After(time.Second):
		fmt.Println("afterfunc did not run")
	}
	fmt.Println("stop after run:", stop())
	fmt.Println("detached err:", detached.Err(), "value:", detached.Value("k"))
	fmt.Println("detached done is nil:", detached.Done() == nil)
	time.Sleep(10 * time.Millisecond)
}
