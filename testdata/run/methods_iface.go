// run

package main

import "fmt"

type Shape interface {
	Area() float64
	Sides() int
}

type Square struct{ s float64 }
type Tri struct{ b, h float64 }
type Line struct{}
type Num int

func (q Square) Area() float64 { return q.s * q.s }
func (q Square) Sides() int    { return 4 }
func (t *Tri) Area() float64   { return 0.5 * t.b * t.h }
func (t *Tri) Sides() int      { return 3 }
func (Line) Area() float64     { return 0 }
func (Line) Sides() int        { return 1 }
func (n Num) Area() float64    { return float64(n) }
func (n Num) Sides() int       { return int(n) * 2 }

func total(shapes []Shape) (float64, int) {
	a, s := 0.0, 0
	for _, sh := range shapes {
		a += sh.Area()
		s += sh.Sides()
	}
	return a, s
}

func main() {
	var sh Shape = Square{2}
	fmt.Println(sh.Area(), sh.Sides(), sh)
	t := &Tri{3, 4}
	sh = t
	t.b = 6
	fmt.Println(sh.Area(), sh.Sides())
	shapes := []Shape{Square{1}, &Tri{2, 2}, Line{}, Num(3)}
	shapes = append(shapes, Square{3})
	a, s := total(shapes)
	fmt.Println(a, s, len(shapes))
	fmt.Printf("%v %T %v %T\n", shapes[0], shapes[0], shapes[3], shapes[1])
	var none Shape
	fmt.Println(none == nil, sh != nil, none)
	sq := Square{5}
	sh = sq
	sq.s = 1
	fmt.Println(sh.Area(), sq.Area())
}
