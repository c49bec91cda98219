package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Shape
	Name() string
}

type Square struct{ s float64 }

func (q Square) Area() float64      { return q.s * q.s }
func (q Square) Perimeter() float64 { return 4 * q.s }
func (q *Square) Name() string      { return "square" }

type myErr struct{}

func (*myErr) Error() string { return "mine" }

func main() {
	var s Shape = Square{2}
	var n Named = &Square{3}
	s = n
	var err error = &myErr{}
	err2 := errors.New("x")
	fmt.Println(s.Area(), n.Name(), err, err2)
}
