package main

import "fmt"

// Generic types embedding other generic types; promoted fields and methods.
type List[T any] struct{ items []T }

func (l *List[T]) Add(x T)   { l.items = append(l.items, x) }
func (l List[T]) Len() int   { return len(l.items) }
func (l List[T]) At(i int) T { return l.items[i] }

type Named[T any] struct {
	Name string
	List[T]
}

type Counted[K comparable] struct {
	*List[K]
	counts map[K]int
}

func (c *Counted[K]) Add(k K) {
	c.List.Add(k)
	c.counts[k]++
}

func main() {
	n := Named[int]{Name: "nums"}
	n.Add(1)
	n.Add(2)
	fmt.Println(n.Name, n.Len(), n.At(1), n.items)
	c := Counted[string]{List: &List[string]{}, counts: map[string]int{}}
	c.Add("x")
	c.Add("y")
	c.Add("x")
	fmt.Println(c.Len(), c.counts["x"], c.At(2))
	type Lener interface{ Len() int }
	var l Lener = n
	fmt.Println(l.Len())
	l = c
	fmt.Println(l.Len())
}
