package main

import "fmt"

var glob [2]int

func main() {
	var a [3]int
	s := a[:]
	p := &a
	a = [3]int{1, 2, 3}
	fmt.Println(s, *p)
	b := [3]int{4, 5, 6}
	a = b
	b[0] = 0
	fmt.Println(a, b, s)
	var g [2][2]int
	row := g[1][:]
	g = [2][2]int{{1, 2}, {3, 4}}
	fmt.Println(g, row)
	g[0] = g[1]
	g[1][0] = 9
	fmt.Println(g)
	gs := glob[:]
	glob = [2]int{7, 8}
	fmt.Println(gs, glob)
	*p = [3]int{7, 8, 9}
	fmt.Println(s, a)
	for i := 0; i < 2; i++ {
		c := [2]int{i, i}
		t := c[:]
		c = [2]int{5, 5}
		fmt.Println(t)
	}
}
