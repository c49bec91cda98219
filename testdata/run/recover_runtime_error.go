package main

import "fmt"

type T struct{ x int }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "->", r)
			if e, ok := r.(error); ok {
				fmt.Println("  is error:", e.Error())
			}
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i := 5
	try("index", func() { fmt.Println(s[i]) })
	try("neg", func() { j := -1; fmt.Println(s[j+0]) })
	var m map[string]int
	try("nilmap", func() { m["a"] = 1 })
	z := 0
	try("div", func() { fmt.Println(10 / z) })
	var p *T
	try("nilptr", func() { fmt.Println(p.x) })
	try("slice", func() { fmt.Println(s[1:i]) })
	fmt.Println("still running")
}
