package main

import "fmt"

type code int

func main() {
	a := map[any]int{1: 1, 1.0: 2, 'a': 3, 97: 4, "x": 5, code(1): 6}
	b := map[any]int{1: 1, 1: 2} // ERROR "duplicate key 1 in map literal"
	c := map[any]int{int8(1): 1, int8(1): 2, 'a': 3, 'a': 4} // ERROR "duplicate key 1 in map literal" "duplicate key 97 in map literal"
	d := map[int]int{'a': 1, 97: 2} // ERROR "duplicate key 97 in map literal"
	e := map[float64]int{1: 1, 1.0: 2} // ERROR "duplicate key 1 in map literal"
	var f = map[fmt.Stringer]int{}
	g := map[string]bool{"k": true, "k": false, `k`: true} // ERROR "duplicate key \"k\" in map literal"
	_ = g
	fmt.Println(a, b, c, d, e, f)
}
