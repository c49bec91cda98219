package main

import (
	"fmt"
	"strings"
)

type Writer interface {
	Write(p []byte) (int, error)
}

type Upper struct{ sb strings.Builder }

func (u *Upper) Write(p []byte) (int, error) {
	u.sb.WriteString(strings.ToUpper(string(p)))
	return len(p), nil
}

type Counter struct {
	n     int
	calls int
}

func (c *Counter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.calls++
	return len(p), nil
}

type Multi []Writer

func (m Multi) Write(p []byte) (int, error) {
	for _, w := range m {
		if _, err := w.Write(p); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

type Named interface{ Name() string }
type Greeter interface {
	Named
	Greet() string
}

type English struct{ n string }

func (e English) Name() string  { return e.n }
func (e English) Greet() string { return "Hello, " + e.n }

func main() {
	u := &Upper{}
	c := &Counter{}
	var w Writer = Multi{u, c}
	for _, s := range []string{"hello ", "world", "!"} {
		fmt.Fprint(w, s)
	}
	fmt.Println(u.sb.String(), c.n, c.calls)
	var g Greeter = English{"Ann"}
	var n Named = g
	fmt.Println(g.Greet(), n.Name())
	if _, ok := n.(Greeter); ok {
		fmt.Println("n is also a Greeter")
	}
	var empty interface{}
	fmt.Println(empty == nil)
	empty = g
	_, isW := empty.(Writer)
	fmt.Println(empty != nil, isW)
}
