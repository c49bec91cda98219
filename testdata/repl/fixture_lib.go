package main

import "fmt"

// Twice doubles n.
func Twice(n int) int { return 2 * n }

var Greeting = fmt.Sprint("hello ", "from a file")

func main() {
	fmt.Println(Twice(21))
}
