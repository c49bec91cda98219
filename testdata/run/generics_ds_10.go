package main

import "fmt"

// Pair and generic struct composite literals, nested instantiations.
type Pair[A, B any] struct {
	First  A
	Second B
}

func MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

func (p Pair[A, B]) Flip() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

type Named[T any] struct {
	Name string
	Pair[T, T]
}

func main() {
	p := MakePair("x", 1)
	fmt.Printf("%v %+v %T\n", p, p.Flip(), p.Flip())
	ps := []Pair[string, int]{{"a", 1}, {Second: 2}}
	fmt.Println(ps, len(ps))
	m := map[string]Pair[int, bool]{"k": {1, true}}
	fmt.Println(m["k"].Second, m["z"])
	nested := Pair[Pair[int, int], []Pair[string, bool]]{
		First:  Pair[int, int]{1, 2},
		Second: []Pair[string, bool]{{"t", true}},
	}
	fmt.Printf("%+v\n", nested)
	n := Named[float64]{Name: "pt", Pair: Pair[float64, float64]{1.5, 2}}
	fmt.Println(n.First, n.Second, n.Flip())
	arr := [2]Pair[int, string]{{1, "one"}}
	fmt.Println(arr)
	pp := &Pair[*int, error]{}
	fmt.Println(pp.First == nil, pp.Second == nil)
}
