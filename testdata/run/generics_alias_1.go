package main

import "fmt"

// Generic type aliases (Go 1.24).
type Pair[A, B any] struct {
	X A
	Y B
}

type Same[T any] = Pair[T, T]
type IntPair = Pair[int, int]
type List[T any] = []T
type Dict[V any] = map[string]V

func Sum(p Same[int]) int { return p.X + p.Y }

func main() {
	p := Same[int]{1, 2}
	fmt.Println(Sum(p), Sum(IntPair{3, 4}))
	fmt.Printf("%T\n", p)
	var q Pair[int, int] = p
	fmt.Println(q)
	var l List[string] = []string{"a", "b"}
	l = append(l, "c")
	fmt.Println(l, len(l))
	fmt.Printf("%T\n", l)
	d := Dict[float64]{"pi": 3.14}
	fmt.Println(d["pi"])
	fmt.Printf("%T\n", d)
}
