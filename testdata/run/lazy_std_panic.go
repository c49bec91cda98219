package main

// A standard function reached only through a function value panics as Go's does.

import (
	"fmt"
	"strings"
)

func apply(f func(string, int) string, s string, n int) string { return f(s, n) }

func main() {
	fmt.Println(apply(strings.Repeat, "ab", 2))
	defer fmt.Println("deferred runs")
	fmt.Println(apply(strings.Repeat, "ab", -1))
}
