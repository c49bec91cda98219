package main

import (
	"errors"
	"fmt"
	"time"
)

// A goroutine recovers one panic, then its cleanup panics again: that one kills the program.
func main() {
	go func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
			panic(fmt.Errorf("cleanup failed after %v", r))
		}()
		panic(errors.New("first failure"))
	}()
	time.Sleep(2 * time.Second)
	fmt.Println("unreachable")
}
