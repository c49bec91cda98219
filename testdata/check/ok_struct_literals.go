package main

import "fmt"

type Point struct{ X, Y int }

type Rect struct {
	Min, Max Point
	name     string
}

func main() {
	r := Rect{Min: Point{1, 2}, Max: Point{X: 3}}
	q := &Rect{Point{}, Point{4, 5}, "q"}
	pts := []Point{{1, 2}, {X: 3}}
	m := map[string]Point{"o": {}}
	ptrs := []*Point{{1, 1}}
	anon := struct{ A, B int }{1, 2}
	fmt.Println(r, *q, pts, m, *ptrs[0], anon)
}
