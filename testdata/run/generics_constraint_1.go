package main

import "fmt"

// Methods in constraints.
type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }
func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (c Circle) Name() string  { return "circle" }

func Largest[S Shape](shapes []S) S {
	var best S
	for i, s := range shapes {
		if i == 0 || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func TotalArea[S Shape](shapes ...S) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	rs := []Rect{{1, 2}, {3, 4}, {2, 2}}
	fmt.Println(Largest(rs))
	fmt.Println(Largest([]Circle{{1}, {0.5}}).Name())
	fmt.Println(TotalArea(rs...))
	fmt.Println(TotalArea[Shape](Rect{1, 1}, Circle{1}))
	fmt.Println(Largest([]Shape{Rect{1, 1}, Circle{2}}).Name())
}
