package main

import "fmt"

// Pointer-method constraint: PT interface{ *T; Set(string) }.
type Setter[T any] interface {
	*T
	Set(string)
}

type Cfg struct{ v string }

func (c *Cfg) Set(s string) { c.v = "cfg:" + s }

type Num struct{ n int }

func (n *Num) Set(s string) { n.n = len(s) }

func FromStrings[T any, PT Setter[T]](ss []string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		p := PT(&out[i])
		p.Set(s)
	}
	return out
}

func main() {
	fmt.Println(FromStrings[Cfg]([]string{"a", "bc"}))
	fmt.Println(FromStrings[Num]([]string{"a", "bc", ""}))
}
