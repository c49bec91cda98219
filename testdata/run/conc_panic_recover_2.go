package main

import (
	"errors"
	"fmt"
	"runtime"
)

// Channel misuse panics satisfy runtime.Error; a plain panic(string) does not.
func classify(f func()) (msg string) {
	defer func() {
		r := recover()
		var re runtime.Error
		if err, ok := r.(error); ok && errors.As(err, &re) {
			msg = "runtime.Error: " + re.Error()
			return
		}
		msg = fmt.Sprint("other: ", r)
	}()
	f()
	return "no panic"
}

func main() {
	c := make(chan int)
	close(c)
	fmt.Println(classify(func() { c <- 1 }))
	fmt.Println(classify(func() { close(c) }))
	fmt.Println(classify(func() { panic("by hand") }))
	fmt.Println(classify(func() {}))
}
