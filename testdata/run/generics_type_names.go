package main

import "fmt"

type Pair[A, B any] struct{}
type Foo struct{}

func main() {
	fmt.Printf("%T\n", Pair[func(int, string), map[string]Foo]{})
	fmt.Printf("%T\n", Pair[Pair[int, bool], []*Foo]{})
}
