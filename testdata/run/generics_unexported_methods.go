package main

import "fmt"

type I interface{ foo() int }

type myfloat float64
type myint int
type mystr string
type mybool bool

func (x myfloat) foo() int { return int(x) }
func (x myint) foo() int   { return int(x) * 2 }
func (x mystr) foo() int   { return len(x) }
func (x mybool) foo() int {
	if x {
		return 1
	}
	return 0
}

func g[T I](x T) { fmt.Println("g", x.foo()) }

func main() {
	g(myfloat(8))
	g(myint(8))
	g(mystr("abc"))
	g(mybool(true))
	var i I = myfloat(3)
	fmt.Println(i.foo())
}
