package main

func main() {
	var r <-chan int
	var s chan<- int
	var c chan int
	var x int
	r <- 1 // ERROR "invalid operation: cannot send to receive-only channel <-chan int r (variable of type <-chan int)"
	_ = <-s // ERROR "invalid operation: cannot receive from send-only channel chan<- int s (variable of type chan<- int)"
	c <- "a" // ERROR "cannot use \"a\" (untyped string constant) as int value in send"
	x <- 1 // ERROR "invalid operation: cannot send to non-channel int x (variable of type int)"
	_ = <-x // ERROR "invalid operation: cannot receive from non-channel int x (variable of type int)"
	v, ok, z := <-c // ERROR "assignment mismatch: 3 variables but 1 value"
	close(r) // ERROR "invalid operation: cannot close receive-only channel r (variable of type <-chan int)"
	var d chan string = c // ERROR "cannot use c (variable of type chan int) as chan string value in variable declaration"
	_, _, _, _ = v, ok, z, d
}
