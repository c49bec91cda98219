package main

import (
	"fmt"
	"time"
)

func main() {
	n := 0
	for i := 0; i < 200000; i++ {
		t := time.AfterFunc(time.Hour, func() { n++ })
		t.Stop()
	}
	done := make(chan bool)
	t := time.AfterFunc(10*time.Millisecond, func() { done <- true })
	<-done
	fmt.Println("reset:", t.Reset(10*time.Millisecond))
	<-done
	fmt.Println("fired twice", n)
}
