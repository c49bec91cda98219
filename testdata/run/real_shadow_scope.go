package main

import (
	"errors"
	"fmt"
	"strconv"
)

var counter = 10

func next() int {
	counter++
	return counter
}

func parse(s string) (n int, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("parse(%q): %w", s, err)
		}
	}()
	if s == "" {
		return 0, errors.New("empty")
	}
	n, err = strconv.Atoi(s)
	return
}

type Config struct {
	Name    string
	Retries int
	Debug   bool
}

func (c Config) With(opts ...func(*Config)) Config {
	for _, o := range opts {
		o(&c)
	}
	return c
}

func WithRetries(n int) func(*Config) { return func(c *Config) { c.Retries = n } }
func WithDebug() func(*Config)        { return func(c *Config) { c.Debug = true } }

func main() {
	x := 1
	{
		x := 2
		x++
		fmt.Println("inner x", x)
	}
	if x := 5; x > 3 {
		fmt.Println("if x", x)
	}
	fmt.Println("outer x", x)
	fmt.Println(next(), next(), counter)
	for _, s := range []string{"42", "", "4x2"} {
		n, err := parse(s)
		fmt.Println(n, err)
	}
	base := Config{Name: "svc"}
	c := base.With(WithRetries(3), WithDebug())
	fmt.Printf("%+v %+v\n", base, c)
	p := &counter
	*p += 100
	fmt.Println(counter)
	type pair struct{ a, b int }
	ps := []pair{{1, 2}, {3, 4}}
	for i := range ps {
		p := &ps[i]
		p.a, p.b = p.b, p.a
	}
	fmt.Println(ps)
}
