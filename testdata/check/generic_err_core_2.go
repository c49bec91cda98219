package main

func Send[T chan int | chan string](c T) {
	c <- 1 // ERROR "invalid operation: cannot send to c (variable of type T constrained by chan int | chan string): channels chan int and chan string have different element types"
}

func Recv[T chan int | chan<- int](c T) int { return <-c } // ERROR "invalid operation: cannot receive from c (variable of type T constrained by chan int | chan<- int): send-only channel chan<- int"

func main() {}
