package main

import "fmt"

// Generic types declared inside a function body.
func main() {
	type Pair[A, B any] struct {
		a A
		b B
	}
	p := Pair[int, string]{1, "one"}
	fmt.Println(p.a, p.b)
	fmt.Printf("%T\n", p)
}
