package main

import "fmt"

type Point [2]float64

func main() {
	s := []int{1, 2, 3, 4}
	a := [3]int(s)
	a[0] = 100
	fmt.Println(a, s)
	b := [0]int(s)
	var nilS []int
	c := [0]int(nilS)
	fmt.Println(b, c, len(c))
	p := Point([]float64{1.5, 2.5, 9})
	fmt.Println(p, p[1])
	words := []string{"x", "y"}
	w := [2]string(words)
	words[0] = "changed"
	fmt.Println(w, words)
	grid := [][]int{{1, 2}, {3, 4}}
	row := [2]int(grid[1])
	fmt.Println(row)
	defer func() { fmt.Println("recovered:", recover()) }()
	short := s[:2]
	fmt.Println([4]int(short))
}
