package main

import "fmt"

type grid struct {
	name  string
	cells [2][2]int
}

type wrap struct {
	g grid
	n [3]string
}

func touch(g grid) grid {
	g.cells[0][0] = 50
	return g
}

func main() {
	var g grid
	g.cells[1][1] = 4
	h := g
	h.cells[1][1] = 8
	fmt.Println(g, h)
	k := touch(g)
	fmt.Println(g.cells, k.cells)
	p := &grid{name: "p"}
	p.cells[0][1] = 3
	q := *p
	q.cells[0][1] = 30
	fmt.Println(*p, q)
	gs := []grid{g, h}
	gs[0].cells[0][0] = 1
	fmt.Println(g.cells, gs[0].cells)
	var w wrap
	w.g.cells[1][0] = 6
	w.n[2] = "z"
	w2 := w
	w2.n[2] = "y"
	fmt.Printf("%v %+v\n", w, w2)
	for i := 0; i < 2; i++ {
		var a [2]int
		a[i] = i + 1
		fmt.Println(a)
	}
	fmt.Printf("%T %T\n", g.cells, w.n)
}
