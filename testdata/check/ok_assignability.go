package main

import "fmt"

type IntSlice []int
type Fn func(int) int
type Reader interface{ Read() string }
type File struct{}

func (File) Read() string { return "data" }

func main() {
	var is IntSlice = []int{1, 2}
	var raw []int = is
	var f Fn = func(x int) int { return x + 1 }
	var g func(int) int = f
	ch := make(chan int, 1)
	var recv <-chan int = ch
	var send chan<- int = ch
	var r Reader = File{}
	var any interface{} = r
	var e error
	var i interface{} = e
	send <- 1
	fmt.Println(raw, g(1), <-recv, any, i)
}
