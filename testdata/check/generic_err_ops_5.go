package main

func Deref[T any](p T) int { return *p } // ERROR "invalid operation: cannot indirect p (variable of type T constrained by any)"

func Range[T any](x T) {
	for range x { // ERROR "cannot range over x (variable of type T constrained by any): no specific type"
	}
}

func Send[T any](c T) { c <- 1 } // ERROR "invalid operation: cannot send to c (variable of type T constrained by any): no specific channel type"

func main() {}
