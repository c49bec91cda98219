package main

import "fmt"

// Both channels of the select are nil (disabled) and there is no default.
func main() {
	var a chan int
	var b chan string
	fmt.Println("a is nil:", a == nil, "b is nil:", b == nil)
	select {
	case v := <-a:
		fmt.Println("a", v)
	case b <- "x":
		fmt.Println("sent")
	}
}
