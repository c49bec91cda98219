package main

import "fmt"

// Generic interfaces with type parameters used as ordinary interface types.
type Comparer[T any] interface {
	Compare(T) int
}

type Money struct{ Cents int }

func (m Money) Compare(o Money) int {
	switch {
	case m.Cents < o.Cents:
		return -1
	case m.Cents > o.Cents:
		return 1
	}
	return 0
}

func MaxOf[T Comparer[T]](xs []T) T {
	best := xs[0]
	for _, x := range xs[1:] {
		if x.Compare(best) > 0 {
			best = x
		}
	}
	return best
}

func SortDesc[T Comparer[T]](xs []T) {
	for i := range xs {
		for j := i + 1; j < len(xs); j++ {
			if xs[j].Compare(xs[i]) > 0 {
				xs[i], xs[j] = xs[j], xs[i]
			}
		}
	}
}

func main() {
	ms := []Money{{150}, {99}, {300}, {5}}
	fmt.Println(MaxOf(ms))
	SortDesc(ms)
	fmt.Println(ms)
	var c Comparer[Money] = Money{10}
	fmt.Println(c.Compare(Money{20}))
}
