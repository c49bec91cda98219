package main

import "fmt"

// Interface satisfied through a promoted method of an embedded generic type.
type Namer interface{ Name() string }

type Tagged[T any] struct {
	Tag T
}

func (t Tagged[T]) Name() string { return fmt.Sprint("tag:", t.Tag) }

type Item struct {
	Tagged[int]
	Price float64
}

func Names(ns []Namer) []string {
	var out []string
	for _, n := range ns {
		out = append(out, n.Name())
	}
	return out
}

func main() {
	it := Item{Tagged[int]{7}, 9.5}
	fmt.Println(it.Name())
	var n Namer = it
	fmt.Println(n.Name())
	fmt.Println(Names([]Namer{it, Tagged[string]{"x"}, &Item{}}))
}
