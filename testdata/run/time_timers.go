package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	done := make(chan string)
	for _, d := range []int{60, 20, 40} {
		go func(d int) {
			time.Sleep(time.Duration(d) * time.Millisecond)
			done <- fmt.Sprint("slept ", d)
		}(d)
	}
	for i := 0; i < 3; i++ {
		fmt.Println(<-done)
	}
	el := time.Since(start)
	fmt.Println(el >= 60*time.Millisecond, el < 500*time.Millisecond)

	t := time.NewTimer(30 * time.Millisecond)
	select {
	case <-t.C:
		fmt.Println("timer fired")
	case <-time.After(time.Second):
		fmt.Println("after")
	}
	t2 := time.NewTimer(time.Hour)
	fmt.Println("stop", t2.Stop(), t2.Stop())
	fmt.Println("reset", t2.Reset(10*time.Millisecond))
	<-t2.C
	fmt.Println("t2 fired", cap(t2.C), len(t2.C))

	tk := time.NewTicker(20 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	res := make(chan int)
	time.AfterFunc(20*time.Millisecond, func() { res <- 42 })
	fmt.Println(<-res)
	af := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println(af.Stop())
	timeout := time.After(100 * time.Millisecond)
	tick := time.Tick(40 * time.Millisecond)
	k := 0
	for running := true; running; {
		select {
		case <-tick:
			k++
		case <-timeout:
			running = false
		}
	}
	fmt.Println("ticks before the timeout:", k >= 1 && k <= 3)
	deadline := time.Now().Add(25 * time.Millisecond)
	fmt.Println(time.Until(deadline) > 0)
	time.Sleep(time.Until(deadline))
	fmt.Println(time.Now().After(deadline), deadline.Before(time.Now()))
}
