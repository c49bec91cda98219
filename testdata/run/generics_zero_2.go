package main

import "fmt"

// Clearing maps and slices through generic helpers; clear builtin on type parameters.
func ClearMap[M ~map[K]V, K comparable, V any](m M) { clear(m) }

func ZeroAll[S ~[]E, E any](s S) { clear(s) }

func main() {
	m := map[string]int{"a": 1, "b": 2}
	ClearMap(m)
	fmt.Println(len(m), m)
	s := []string{"x", "y"}
	ZeroAll(s)
	fmt.Printf("%q %d\n", s, len(s))
	type P struct{ A int }
	ps := []P{{1}, {2}}
	ZeroAll(ps)
	fmt.Println(ps)
}
