package main

import "fmt"

type P struct{ X, Y int }

func main() {
	var a []int
	var m map[string]int
	var f func()
	var p *int
	var i interface{} = 1
	var e error
	fmt.Println(a == nil, m == nil, f == nil, p == nil, i == 1, e == nil)
	fmt.Println(P{1, 2} == P{1, 2}, [2]int{1, 2} != [2]int{2, 1}, "a" < "b", 1.5 >= 1)
	var ch1, ch2 chan int
	fmt.Println(ch1 == ch2, nil == p)
}
