package main

import "fmt"

type Code int

func f(n int) {
	defer fmt.Println("leaving f", n)
	if n == 0 {
		panic(Code(7))
	}
	f(n - 1)
}

func main() {
	f(3)
}
