// Exercises: select with every case form — send, bare receive, receive with
// `=` and `:=`, two-value receive with `ok`, default, and empty select body
// in an unreachable branch.
package main

import "fmt"

func main() {
	c := make(chan int, 4)
	var x int
	var ok bool
	for i := 0; i < 6; i++ {
		select {
		case c <- i:
			fmt.Println("sent", i)
		case <-c:
			fmt.Println("recv")
		case x = <-c:
			fmt.Println("recv =", x)
		case y := <-c:
			fmt.Println("recv :=", y)
		case z, ok2 := <-c:
			fmt.Println("recv ok :=", z, ok2)
		case x, ok = <-c:
			fmt.Println("recv ok =", x, ok)
		default:
			fmt.Println("default")
		}
	}
	if false {
		select {}
	}
}
