package main

import "fmt"

type I interface{ foo() int }

type myfloat float64

func (x myfloat) foo() int { return int(x) }

func f[T I](i I) {
	switch x := i.(type) {
	case T:
		fmt.Println("T", x, x.foo(), float64(x.foo()))
		var y T = x
		fmt.Println(y.foo())
	default:
		fmt.Println("other")
	}
}

func g[T I](x T) { fmt.Println("g", x.foo()) }

func main() {
	f[myfloat](myfloat(7))
	g(myfloat(8))
}
