package main

import "fmt"

// Promoted methods from an embedded generic struct, called directly.
type Base[T any] struct{ items []T }

func (b *Base[T]) Add(x T)  { b.items = append(b.items, x) }
func (b Base[T]) Count() int { return len(b.items) }

type Inventory struct {
	Base[string]
	owner string
}

type Scores[T ~int] struct {
	Base[T]
}

func (s Scores[T]) Total() T {
	var t T
	for _, x := range s.items {
		t += x
	}
	return t
}

func main() {
	inv := Inventory{owner: "ann"}
	inv.Add("sword")
	inv.Add("shield")
	fmt.Println(inv.owner, inv.Count(), inv.items)
	var s Scores[int]
	s.Add(10)
	s.Add(32)
	fmt.Println(s.Count(), s.Total())
	p := &Scores[int]{}
	p.Base.Add(1)
	fmt.Println(p.Total(), p.Base.Count())
}
