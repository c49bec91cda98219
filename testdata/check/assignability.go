package main

type MyInt int
type Ints []int
type F func(int) int

func main() {
	var i int
	var m MyInt
	var is []int
	var mi Ints
	var ch chan int
	var rc <-chan int
	i = m // ERROR "cannot use m (variable of int type MyInt) as int value in assignment"
	m = i // ERROR "cannot use i (variable of type int) as MyInt value in assignment"
	is = mi
	mi = is
	rc = ch
	ch = rc // ERROR "cannot use rc (variable of type <-chan int) as chan int value in assignment"
	var fn F = func(x int) int { return x }
	var fn2 func(int) string = fn // ERROR "cannot use fn (variable of func type F) as func(int) string value in variable declaration"
	var p *int = &m // ERROR "cannot use &m (value of type *MyInt) as *int value in variable declaration"
	var arr [3]int = [4]int{} // ERROR "cannot use [4]int{} (value of type [4]int) as [3]int value in variable declaration"
	_, _, _, _, _ = i, m, fn2, p, arr
}
