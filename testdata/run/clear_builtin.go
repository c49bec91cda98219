package main

import "fmt"

type P struct {
	A [2]int
	S string
}

func main() {
	xs := []int{1, 2, 3, 4}
	clear(xs[1:3])
	fmt.Println(xs, len(xs))
	ss := []string{"a", "b"}
	clear(ss)
	fmt.Printf("%q\n", ss)
	ps := []P{{[2]int{1, 2}, "x"}}
	clear(ps)
	fmt.Println(ps)
	fs := []float64{1.5, 2.5}
	clear(fs)
	fmt.Println(fs)
	m := map[string]int{"a": 1}
	clear(m)
	fmt.Println(len(m))
	var nilS []int
	clear(nilS)
	fmt.Println(nilS == nil)
}
