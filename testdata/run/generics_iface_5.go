package main

import "fmt"

// Methods of a generic interface taking and returning T, called inside generic code.
type Adder[T any] interface{ Add(T) T }

type I int

func (i I) Add(o I) I { return i + o }

type Str string

func (s Str) Add(o Str) Str { return s + "+" + o }

func AddAll[T any](a Adder[T], xs []T) []T {
	var out []T
	for _, x := range xs {
		out = append(out, a.Add(x))
	}
	return out
}

func main() {
	var a Adder[I] = I(100)
	fmt.Println(AddAll(a, []I{1, 2, 3}))
	var s Adder[Str] = Str("base")
	fmt.Println(AddAll(s, []Str{"x", "y"}))
	fmt.Println(a.Add(5), s.Add("z"))
}
