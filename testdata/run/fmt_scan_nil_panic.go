package main

import "fmt"

type T struct{ name string }

func (t *T) String() string { return "T(" + t.name + ")" }

func main() {
	// A method that panics on a nil receiver prints <nil>; a panic elsewhere is recovered
	// by fmt only inside the method call.
	var t *T
	fmt.Println(t, &T{"x"})
	fmt.Printf("[%v] [%s] [%d]\n", t, t, t)
	var p *int
	n, err := fmt.Sscan("5", p)
	fmt.Println(n, err)
}
