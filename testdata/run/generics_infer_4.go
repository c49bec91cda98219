package main

import "fmt"

// Core-type constraint inference: S ~[]E, M ~map[K]V, P ~*T.
func Last[S ~[]E, E any](s S) E { return s[len(s)-1] }

func Lookup[M ~map[K]V, K comparable, V any](m M, k K) (V, bool) {
	v, ok := m[k]
	return v, ok
}

func SetVia[P ~*T, T any](p P, v T) { *p = v }

type Grades map[string]int
type Words []string
type IntPtr *int

func Append[S ~[]E, E any](s S, e E) S { return append(s, e) }

func main() {
	fmt.Println(Last(Words{"a", "b", "z"}), Last([]float64{1, 2.5}))
	g := Grades{"ann": 90}
	v, ok := Lookup(g, "ann")
	fmt.Println(v, ok)
	v, ok = Lookup(g, "bob")
	fmt.Println(v, ok)
	n := 0
	var ip IntPtr = &n
	SetVia(ip, 42)
	fmt.Println(n)
	w := Append(Words{"x"}, "y")
	fmt.Printf("%T %v\n", w, w)
	b := Append([]byte("ab"), 'c')
	fmt.Println(string(b))
}
