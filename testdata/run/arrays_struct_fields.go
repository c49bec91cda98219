package main

import "fmt"

type inner struct{ ys [2]int }

type T struct {
	name string
	xs   [2]int
	in   inner
}

func main() {
	var s T
	sl := s.xs[:]
	yl := s.in.ys[:]
	s = T{"a", [2]int{1, 2}, inner{[2]int{3, 4}}}
	fmt.Println(sl, yl, s)
	t := s
	t.xs[0] = 9
	s = t
	fmt.Println(sl, s, t)
	ts := []T{s}
	ts[0] = T{name: "z"}
	fmt.Println(ts, s)
	p := &ts[0]
	*p = t
	fmt.Println(ts[0])
}
