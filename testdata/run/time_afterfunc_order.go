package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string, 3)
	for _, d := range []int{30, 10, 20} {
		d := d
		time.AfterFunc(time.Duration(d)*time.Millisecond, func() { done <- fmt.Sprint("after ", d) })
	}
	time.Sleep(60 * time.Millisecond)
	for i := 0; i < 3; i++ {
		fmt.Println(<-done)
	}
}
