package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Op func(float64, float64) (float64, error)

type Calculator struct {
	ops     map[string]Op
	history []string
}

func NewCalculator() *Calculator {
	c := &Calculator{ops: map[string]Op{}}
	c.Register("+", func(a, b float64) (float64, error) { return a + b, nil })
	c.Register("-", func(a, b float64) (float64, error) { return a - b, nil })
	c.Register("/", c.divide)
	return c
}

func (c *Calculator) divide(a, b float64) (float64, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func (c *Calculator) Register(sym string, op Op) { c.ops[sym] = op }

func (c *Calculator) Do(a float64, sym string, b float64) (res float64, err error) {
	defer func() {
		status := "ok"
		if err != nil {
			status = "err: " + err.Error()
		}
		c.history = append(c.history, fmt.Sprintf("%g %s %g -> %s", a, sym, b, status))
	}()
	op, ok := c.ops[sym]
	if !ok {
		return 0, fmt.Errorf("unknown operator %q", sym)
	}
	return op(a, b)
}

func (c *Calculator) Symbols() []string {
	s := make([]string, 0, len(c.ops))
	for k := range c.ops {
		s = append(s, k)
	}
	sort.Strings(s)
	return s
}

func main() {
	c := NewCalculator()
	c.Register("^", func(a, b float64) (float64, error) {
		r := 1.0
		for i := 0; i < int(b); i++ {
			r *= a
		}
		return r, nil
	})
	for _, e := range []struct {
		a   float64
		op  string
		b   float64
	}{{1, "+", 2}, {10, "/", 4}, {1, "/", 0}, {2, "^", 10}, {3, "%", 2}} {
		if r, err := c.Do(e.a, e.op, e.b); err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Println(r)
		}
	}
	fmt.Println(strings.Join(c.history, "\n"))
	fmt.Println(c.Symbols())
}
