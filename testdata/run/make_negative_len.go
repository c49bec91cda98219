package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	n := -1
	try("len -1", func() { _ = make([]int, n) })
	try("cap < len", func() { _ = make([]int, 2, n+2) })
	try("len 1<<62", func() { _ = make([]int, n+1<<62) })
	try("string len -1", func() { _ = make([]string, n) })
	try("map hint -1", func() { m := make(map[int]int, n); fmt.Println(len(m)) })
	try("chan -1", func() { _ = make(chan int, n) })
	try("ok", func() { fmt.Println(len(make([]int, n+3))) })
}
