package main

import "fmt"

// A generic function instantiated with function, pointer, and interface types.
func Dup[T any](x T) [2]T { return [2]T{x, x} }

type Op func(int) int

func main() {
	fs := Dup(Op(func(i int) int { return i * 3 }))
	fmt.Println(fs[0](2), fs[1](5))
	n := 7
	ps := Dup(&n)
	*ps[0] = 8
	fmt.Println(*ps[1], ps[0] == ps[1])
	es := Dup[error](nil)
	fmt.Println(es[0] == nil)
	var s fmt.Stringer
	ss := Dup(s)
	fmt.Println(ss[1] == nil)
	ch := Dup(make(chan int, 1))
	ch[0] <- 4
	fmt.Println(<-ch[1])
}
