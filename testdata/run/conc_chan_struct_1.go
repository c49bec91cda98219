package main

import "fmt"

type Point struct{ X, Y int }

type Shape struct {
	Name   string
	Points [3]Point
	Tags   map[string]bool
}

// Values sent on a channel are copies: arrays and structs are copied, maps and slices share.
func main() {
	c := make(chan Shape, 1)
	s := Shape{"tri", [3]Point{{0, 0}, {1, 0}, {0, 1}}, map[string]bool{"closed": true}}
	c <- s
	s.Name = "changed"
	s.Points[0].X = 100
	s.Tags["changed"] = true
	got := <-c
	fmt.Println(got.Name, got.Points[0], len(got.Tags))
	arr := make(chan [4]int, 1)
	a := [4]int{1, 2, 3, 4}
	arr <- a
	a[0] = 9
	fmt.Println(<-arr, a)
	sl := make(chan []int, 1)
	b := []int{1, 2}
	sl <- b
	b[0] = 7
	fmt.Println(<-sl)
	ptrs := make(chan *Point, 1)
	p := &Point{1, 1}
	ptrs <- p
	p.X = 5
	fmt.Println(*<-ptrs)
}
