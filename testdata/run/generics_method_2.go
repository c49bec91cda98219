package main

import "fmt"

// Method values and method expressions of generic types.
type Acc[T int | float64] struct{ total T }

func (a *Acc[T]) Add(x T) { a.total += x }
func (a Acc[T]) Total() T { return a.total }

func main() {
	var a Acc[int]
	add := a.Add
	for i := 1; i <= 4; i++ {
		add(i)
	}
	fmt.Println(a.Total())
	total := Acc[int].Total
	fmt.Println(total(a))
	addExpr := (*Acc[float64]).Add
	f := &Acc[float64]{}
	addExpr(f, 0.5)
	addExpr(f, 0.25)
	fmt.Println(f.Total())
	get := f.Total
	f.Add(10)
	fmt.Println(get(), f.Total())
}
