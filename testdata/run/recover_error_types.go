package main

import "fmt"

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%T: %v\n", r, r)
	}()
	f()
}

func main() {
	var a []int
	var m map[string]int
	var p *struct{ x int }
	var i interface{} = "s"
	z := 0
	var ch chan int
	try(func() { _ = a[5] })
	try(func() { _ = a[1:5] })
	try(func() { m["a"] = 1 })
	try(func() { _ = p.x })
	try(func() { _ = 1 / z })
	try(func() { _ = i.(int) })
	try(func() { panic(nil) })
	try(func() { close(ch) })
	try(func() { s := -1; _ = 1 << s })
	try(func() { n := -1; _ = make([]int, n) })
	try(func() { var e error; panic(e) })
	try(func() { panic(fmt.Errorf("wrapped: %w", fmt.Errorf("inner"))) })
	try(func() { var f func(); f() })
	try(func() { c := make(chan int); close(c); close(c) })
	try(func() { var x interface{} = []int{}; _ = map[interface{}]int{x: 1} })
}
