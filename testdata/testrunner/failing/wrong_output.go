package main

import "fmt"

func main() {
	fmt.Println("one")
	fmt.Println("two")
	fmt.Println("three")
}
