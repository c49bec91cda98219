package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named struct{ Name string }

func (n Named) Describe() string { return "I am " + n.Name }

type Circle struct {
	Named
	R float64
}

type Rect struct {
	Named
	W, H float64
}

type Square struct {
	Rect
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (s Square) Describe() string   { return "square! " + s.Rect.Describe() }

func NewSquare(name string, s float64) Square {
	return Square{Rect{Named{name}, s, s}}
}

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type Describer interface{ Describe() string }

func main() {
	shapes := []Shape{
		Circle{Named{"c1"}, 1},
		Rect{Named{"r1"}, 3, 4},
		NewSquare("s1", 2),
		Circle{Named{"c2"}, 0.5},
	}
	sort.Sort(ByArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%-14T area=%6.2f perim=%6.2f", s, s.Area(), s.Perimeter())
		if d, ok := s.(Describer); ok {
			fmt.Print(" ", d.Describe())
		}
		fmt.Println()
	}
	sq := NewSquare("s2", 3)
	fmt.Println(sq.Name, sq.W, sq.Rect.Named.Name, sq.Describe())
	fmt.Printf("%v\n%+v\n", sq, sq)
	total := 0.0
	for _, s := range shapes {
		switch v := s.(type) {
		case Circle:
			total += v.R
		case Square:
			total += v.W * 100
		case Rect:
			total += v.H * 10
		}
	}
	fmt.Println("total", total)
	area := Shape.Area
	desc := sq.Describe
	sq.Name = "changed"
	fmt.Printf("%.3f %s\n", area(Circle{R: 2}), desc())
	var d Describer = sq
	fmt.Println(d.Describe())
}
