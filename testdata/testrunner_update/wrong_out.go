package main

import "fmt"

func main() {
	for i := 1; i <= 3; i++ {
		fmt.Println("line", i)
	}
}
