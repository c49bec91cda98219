package main

func main() {
	var c chan int
	var r <-chan int
	select {
	case r <- 1: // ERROR "invalid operation: cannot send to receive-only channel <-chan int r (variable of type <-chan int)"
	default:
	default: // ERROR "multiple defaults (first at FILE.go:8:2)"
	}
	select {
	case v := <-c: // ERROR "declared and not used: v"
	}
	select {
	case c <- "x": // ERROR "cannot use \"x\" (untyped string constant) as int value in send"
	}
}
