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

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Triangle struct{ A, B, C float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) String() string     { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.R) }

func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }

func describe(s Shape) string {
	switch v := s.(type) {
	case Rect:
		if v.W == v.H {
			return "square"
		}
		return "rectangle"
	case Circle:
		return "circle"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	shapes := []Shape{
		Rect{3, 4},
		Circle{1},
		Triangle{3, 4, 5},
		Rect{2, 2},
		Circle{2.5},
	}
	sort.Sort(ByArea(shapes))
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%-10s area=%7.3f perim=%7.3f\n", describe(s), s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total area: %.4f\n", total)
	if st, ok := shapes[0].(fmt.Stringer); ok {
		fmt.Println("smallest:", st.String())
	}
	fmt.Println(shapes[len(shapes)-1])
}
