package main

import "fmt"

func main() {
	defer fmt.Println("last words")
	defer func() {
		panic("second")
	}()
	panic("first")
}
