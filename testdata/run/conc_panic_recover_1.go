package main

import "fmt"

// The channel misuse panics are runtime errors that recover can inspect.
func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Printf("%s: %v (error=%v)\n", name, r, isErr)
	}()
	f()
}

func main() {
	closed := make(chan int, 1)
	close(closed)
	var nilc chan int
	try("send on closed", func() { closed <- 1 })
	try("close closed", func() { close(closed) })
	try("close nil", func() { close(nilc) })
	try("recv closed", func() {
		v, ok := <-closed
		fmt.Println("  recv from closed is fine:", v, ok)
	})
}
