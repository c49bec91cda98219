package main

import (
	"fmt"
	"time"
)

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		t.Reset(-1)
	}()
	fmt.Println(time.Tick(0) == nil, time.Tick(-time.Second) == nil)
	time.Sleep(-5 * time.Second)
	time.Sleep(0)
	fmt.Println("zero and negative sleeps return at once")
	t := time.NewTimer(0)
	<-t.C
	fmt.Println("zero timer fired")
	time.NewTicker(0)
}
