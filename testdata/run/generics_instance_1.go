package main

import "fmt"

// Distinct instantiations are distinct types with their own static state.
type Counter[T any] struct{ n int }

func (c *Counter[T]) Inc() int {
	c.n++
	return c.n
}

func TypeName[T any]() string {
	var z T
	return fmt.Sprintf("%T", z)
}

func Once[T any]() *Counter[T] {
	return &Counter[T]{}
}

func main() {
	a := Once[int]()
	b := Once[string]()
	a.Inc()
	a.Inc()
	b.Inc()
	fmt.Println(a.n, b.n)
	fmt.Println(TypeName[int](), TypeName[[]string](), TypeName[map[int]bool](), TypeName[Counter[int]]())
	fmt.Println(TypeName[*Counter[float64]](), TypeName[struct{}]())
	fmt.Printf("%T %T\n", a, *b)
	var x any = Counter[int]{}
	_, ok := x.(Counter[string])
	_, ok2 := x.(Counter[int])
	fmt.Println(ok, ok2)
}
