package main

import "fmt"

var total = a + b
var a = double(b)
var b = initial

const initial = 3

var table = map[string]func() int{"t": getTotal}

func getTotal() int { return total }

func double(x int) int { return 2 * x }

type List struct {
	next *List
	val  int
}

type Tree struct{ kids []Tree }

type F func(F) F

func init() { total++ }

func init() { total *= 2 }

func main() {
	l := List{&List{nil, 2}, 1}
	fmt.Println(total, a, b, table["t"](), l.next.val, len(Tree{}.kids))
}
