package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Point struct{ X, Y int }
type Vec Point
type Names []string

func (n Names) First() string { return n[0] }

type myErr struct{}

func (myErr) Error() string { return "my error" }

func main() {
	a := any(42)
	b := interface{}("text")
	fmt.Println(a, b, a == any(42), any(nil) == nil)
	var e error = error(myErr{})
	fmt.Println(e, error(nil) == nil)
	s := fmt.Stringer(nil)
	fmt.Println(s == nil)
	var x any = e
	y := any(x) // from an interface: the dynamic type stays
	_, isErr := y.(error)
	fmt.Println(isErr, fmt.Sprintf("%T", y))
	p := Point{1, 2}
	v := Vec(p)
	v.X = 10
	fmt.Println(p, v, Point(v) == Point{10, 2})
	ns := Names([]string{"z", "y"})
	fmt.Println(ns.First(), len(ns))
	pp := &p
	vp := (*Vec)(pp)
	vp.Y = 99
	fmt.Println(p)
	c := Celsius(36.6)
	fmt.Println(float64(c)+1, any(c))
	f := func(int) int { return 1 }
	type intFn func(int) int
	g := intFn(f)
	fmt.Println(g(0))
	m := map[string]any{"e": errors.New("boom"), "n": nil}
	for _, k := range []string{"e", "n"} {
		if err, ok := m[k].(error); ok {
			fmt.Println(k, "is error:", err)
		} else {
			fmt.Println(k, "is not an error")
		}
	}
}
