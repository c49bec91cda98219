package main

import "fmt"

func r(n int) int {
	defer func() {}()
	return r(n+1) + 1
}

func main() {
	defer func() { fmt.Println("recovered?", recover()) }()
	fmt.Println(r(0))
}
