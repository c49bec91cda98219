package main

import "fmt"

type Vec [3]int

func (v Vec) Bump() Vec {
	v[0] += 100
	return v
}

type Bumper interface{ Bump() Vec }

func main() {
	var b Bumper = Vec{1, 2, 3}
	fmt.Println(b.Bump(), b.Bump(), b)
	v := Vec{4, 5, 6}
	var pb Bumper = &v
	fmt.Println(pb.Bump(), v)
	f := b.Bump
	fmt.Println(f(), f())
}
