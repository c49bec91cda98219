package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	done := make(chan bool)
	go func() {
		defer func() { fmt.Println("deferred", recover()); done <- true }()
		func() {
			defer fmt.Println("inner defer")
			runtime.Goexit()
		}()
		fmt.Println("not reached")
	}()
	<-done
	fmt.Println(runtime.NumGoroutine())
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("other done")
	}()
	defer fmt.Println("main deferred")
	runtime.Goexit()
}
