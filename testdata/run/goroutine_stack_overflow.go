package main

import "fmt"

func down(n int) int {
	return down(n+1) + 1
}

func main() {
	fmt.Println("start")
	done := make(chan int)
	go func() {
		done <- down(0)
	}()
	fmt.Println(<-done)
}
