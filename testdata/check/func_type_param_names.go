package main

import "fmt"

// gc prints func types with their parameter names, as the source wrote them.

type T struct{}

func (T) V(x int) int { return x }

func seq(yield func(int) bool) {}
func bad(yield func(int))      {}

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	add := func(a, b int) int { return a + b }
	_ = apply(add, 1) // ERROR "cannot use add (variable of type func(a int, b int) int) as func(int) int value in argument to apply"
	var g func(string)
	g = func(s int) {} // ERROR "cannot use func(s int) {} (value of type func(s int)) as func(string) value in assignment"
	_ = g
	var fn func(T, int) int = (*T).V // ERROR "cannot use (*T).V (value of type func(_ *T, x int) int) as func(T, int) int value in variable declaration"
	_ = fn
	fmt.Sprint // ERROR "fmt.Sprint (value of type func(a ...any) string) is not used"
	for a, b := range seq { // ERROR "range over seq (value of type func(yield func(int) bool)) permits only one iteration variable"
		_, _ = a, b
	}
	for x := range bad { // ERROR "cannot range over bad (value of type func(yield func(int))): func must be func(yield func(...) bool): yield func does not return bool"
		_ = x
	}
}
