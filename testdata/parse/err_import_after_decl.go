package main

var x = 1

import "fmt"

func main() {
	fmt.Println(x)
}
