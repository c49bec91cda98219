package main

import "fmt"

func main() {
	fmt.Println("before")
	n := 0
	for {
		n++
	}
}
