package main

import "fmt"

func trace(s string) string {
	fmt.Println("entering", s)
	return s
}

func un(s string) { fmt.Println("leaving", s) }

func add(a, b int) { fmt.Println("add", a, b, a+b) }

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func main() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer add(x, x*10)
	f := func(n int) { fmt.Println("f sees", n, "and x =", x) }
	defer f(x)
	x = 2
	g := func() { fmt.Println("g first") }
	defer g()
	g = func() { fmt.Println("g second") }
	a()
	x = 3
	fmt.Println("main x =", x)
}
