package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(fmt.Sprint("re-panic: ", r))
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}
