package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }
type Num int

func (n Num) String() string { return "#" + strconv.Itoa(int(n)) }

type Adder interface{ Add(a, b int) int }
type impl struct{ bias int }

func (i *impl) Add(a, b int) int { return a + b + i.bias }

func main() {
	f := Stringer.String
	fmt.Println(f(Num(4)), Stringer.String(Num(5)))
	g := Adder.Add
	fmt.Println(g(&impl{1}, 2, 3), Adder.Add(&impl{10}, 1, 1))
	fs := []func(Stringer) string{Stringer.String}
	fmt.Println(fs[0](Num(7)))
	defer func() { fmt.Println("recovered:", recover()) }()
	var s Stringer
	fmt.Println(f(s))
}
