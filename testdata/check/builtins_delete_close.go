package main

func main() {
	var m map[string]int
	var s []int
	var ch <-chan int
	var x int
	delete(m) // ERROR "invalid operation: not enough arguments for delete(m) (expected 2, found 1)"
	delete(s, 1) // ERROR "invalid argument: s (variable of type []int) is not a map"
	delete(m, 1) // ERROR "cannot use 1 (untyped int constant) as string value in argument to delete"
	close(ch) // ERROR "invalid operation: cannot close receive-only channel ch (variable of type <-chan int)"
	close(x) // ERROR "invalid operation: cannot close non-channel x (variable of type int)"
	_ = close(make(chan int)) // ERROR "close(make(chan int)) (no value) used as value"
	close() // ERROR "invalid operation: not enough arguments for close() (expected 1, found 0)"
}
