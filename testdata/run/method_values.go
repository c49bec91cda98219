package main

import (
	"fmt"
	"strings"
)

type Counter struct{ n int }

func (c *Counter) Inc()           { c.n++ }
func (c Counter) Get() int        { return c.n }
func (c *Counter) Add(d int) int { c.n += d; return c.n }

type Temp float64

func (t Temp) F() float64 { return float64(t)*9/5 + 32 }

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func apply(n int, f func()) {
	for i := 0; i < n; i++ {
		f()
	}
}

func main() {
	c := &Counter{}
	apply(3, c.Inc)
	get := c.Get // the receiver is copied now
	c.Inc()
	fmt.Println(c.n, get(), c.Get())
	add := c.Add
	fmt.Println(add(10), c.n)
	var v Counter
	inc := v.Inc // &v
	inc()
	inc()
	fmt.Println(v.n)
	fmt.Println((*Counter).Add(c, 1), Counter.Get(*c), (*Counter).Get(c))
	t := Temp(100)
	f := t.F
	fmt.Println(f(), Temp.F(0))
	var s Shape = Sq{3}
	area := s.Area
	s = Sq{4}
	fmt.Println(area(), s.Area())
	up := strings.ToUpper
	fmt.Println(up("abc"), strings.Map(func(r rune) rune { return r + 1 }, "HAL"))
	fs := map[string]func(string) string{"upper": strings.ToUpper, "lower": strings.ToLower, "trim": strings.TrimSpace}
	for _, k := range []string{"lower", "trim", "upper"} {
		fmt.Printf("%q\n", fs[k]("  MiXed "))
	}
	var sb strings.Builder
	w := sb.WriteString
	w("x")
	w("y")
	fmt.Println(sb.String())
	type op struct {
		name string
		fn   func(int, int) int
	}
	ops := []op{{"add", func(a, b int) int { return a + b }}, {"mul", func(a, b int) int { return a * b }}}
	for _, o := range ops {
		fmt.Println(o.name, o.fn(6, 7))
	}
	var nilShape Shape
	defer func() { fmt.Println("recovered:", recover()) }()
	g := nilShape.Area
	fmt.Println("not reached", g)
}
