// Calls whose result is used directly as an int, float, bool or other value, of declared
// functions, methods (value, pointer, scalar and unnamed receivers), function values and
// interface methods, with 0 to 5 arguments; the order arguments and receivers are
// evaluated in; nil function values and nil interfaces panic after the arguments.
package main

import (
	"errors"
	"fmt"
)

var trace []string

func note(s string, v int) int {
	trace = append(trace, s)
	return v
}

func zero() int                        { return 7 }
func one(a int) float64                { return float64(a) / 2 }
func two(a int, b string) bool         { return len(b) == a }
func three(a, b, c int) string         { return fmt.Sprint(a, b, c) }
func five(a, b, c, d int, e string) int { return a*10000 + b*1000 + c*100 + d*10 + len(e) }
func pair() (int, string)              { return 3, "abc" }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type counter struct{ n int }

func (c *counter) Inc(by int) int { c.n += by; return c.n }
func (c counter) Get() int        { return c.n }
func (counter) Kind() string      { return "counter" }

type shape interface {
	Area() float64
	Name() string
}

type sq struct{ s float64 }

func (q sq) Area() float64 { return q.s * q.s }
func (q sq) Name() string  { return "sq" }

func pick(i int) *counter {
	trace = append(trace, fmt.Sprint("pick", i))
	return &counter{i}
}

func main() {
	x := zero() + 1
	f := one(3) * 2
	b := two(pair())
	s := three(1, 2, 3) + "!"
	fmt.Println(x, f, b, s, five(1, 2, 3, 4, "hello"))
	fmt.Println(five(note("a", 1), note("b", 2), note("c", 3), note("d", 4), "e"), trace)
	trace = nil

	c := Celsius(100)
	fmt.Println(c.F(), Celsius(-40).F())
	k := &counter{}
	fmt.Println(k.Inc(2)+k.Inc(3), k.Get(), k.Kind(), pick(5).Kind(), trace)
	trace = nil

	var sh shape = sq{3}
	fmt.Println(sh.Area()+1, sh.Name()+"?")

	add := func(a, b int) int { return a + b }
	neg := func(f float64) float64 { return -f }
	isEmpty := func(s string) bool { return s == "" }
	fmt.Println(add(add(1, 2), add(3, 4)), neg(one(5)), isEmpty(""), isEmpty(three(0, 0, 0)))

	// A nil function value panics after its arguments are evaluated.
	func() {
		defer func() { fmt.Println("recovered:", recover(), trace) }()
		var g func(int) int
		_ = g(note("arg", 1)) + 1
	}()
	trace = nil
	// A nil interface's method call panics.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var none shape
		fmt.Println(none.Area() * 2)
	}()
	// A value method through a nil pointer panics, even with an unnamed receiver.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var p *counter
		fmt.Println(p.Kind())
	}()
	var e error = errors.New("boom")
	fmt.Println(e.Error() + "!")
	var nk *counter
	fmt.Println(nk.Get())
}
