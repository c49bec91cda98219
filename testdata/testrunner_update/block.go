package main

import "fmt"

func main() {
	fmt.Println("hello")
	fmt.Println()
	fmt.Println("world")
}

// Output:
// goodbye
