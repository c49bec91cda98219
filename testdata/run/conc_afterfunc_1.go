package main

import (
	"fmt"
	"time"
)

// Timers: Stop before firing, Stop after firing, Reset, and AfterFunc callbacks.
func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t.Stop())
	fmt.Println("stop again:", t.Stop())

	t2 := time.NewTimer(5 * time.Millisecond)
	<-t2.C
	fmt.Println("stop fired:", t2.Stop())
	fmt.Println("reset fired:", t2.Reset(5*time.Millisecond))
	<-t2.C
	fmt.Println("fired again")

	fired := make(chan string, 2)
	a := time.AfterFunc(10*time.Millisecond, func() { fired <- "a" })
	b := time.AfterFunc(time.Hour, func() { fired <- "b" })
	fmt.Println("cancel b:", b.Stop())
	fmt.Println(<-fired)
	fmt.Println("stop a after run:", a.Stop())
	fmt.Println("reset a:", a.Reset(5*time.Millisecond))
	fmt.Println(<-fired)
	select {
	case s := <-fired:
		fmt.Println("unexpected", s)
	case <-time.After(30 * time.Millisecond):
		fmt.Println("b never ran")
	}
}
