package main

import "fmt"

// Generic memo table with two type parameters and struct keys.
type key[A, B comparable] struct {
	a A
	b B
}

type Table[A, B comparable, V any] struct {
	m     map[key[A, B]]V
	calls int
}

func (t *Table[A, B, V]) Get(a A, b B, f func(A, B) V) V {
	if t.m == nil {
		t.m = map[key[A, B]]V{}
	}
	k := key[A, B]{a, b}
	if v, ok := t.m[k]; ok {
		return v
	}
	t.calls++
	v := f(a, b)
	t.m[k] = v
	return v
}

func main() {
	var t Table[int, int, int]
	var binom func(n, k int) int
	binom = func(n, k int) int {
		if k == 0 || k == n {
			return 1
		}
		return t.Get(n-1, k-1, binom) + t.Get(n-1, k, binom)
	}
	fmt.Println(binom(20, 10), t.calls)
	var s Table[string, bool, string]
	f := func(a string, up bool) string {
		if up {
			return a + "^"
		}
		return a + "v"
	}
	fmt.Println(s.Get("x", true, f), s.Get("x", true, f), s.Get("x", false, f), s.calls)
}
