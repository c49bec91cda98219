package main

import (
	"fmt"
	"time"
)

func main() {
	defer func() { fmt.Println("main deferred", recover()) }()
	fmt.Println("start")
	go func() {
		defer fmt.Println("goroutine deferred runs")
		panic(fmt.Sprintf("boom %d", 7))
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("not reached")
}
