package main

import "fmt"

// Named slice types keep their type through S ~[]E.
func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func First[S ~[]E, E any](s S) (E, bool) {
	if len(s) == 0 {
		var zero E
		return zero, false
	}
	return s[0], true
}

type Names []string

func (n Names) Join() string {
	r := ""
	for i, s := range n {
		if i > 0 {
			r += ","
		}
		r += s
	}
	return r
}

func main() {
	ns := Names{"ann", "bob", "al", "carol"}
	short := Filter(ns, func(s string) bool { return len(s) <= 3 })
	fmt.Println(short.Join())
	fmt.Printf("%T\n", short)
	f, ok := First(short)
	fmt.Println(f, ok)
	_, ok = First(Names{})
	fmt.Println(ok)
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(i int) bool { return i%2 == 0 })
	fmt.Println(evens, len(evens))
	none := Filter([]int{1, 3}, func(i int) bool { return i%2 == 0 })
	fmt.Println(none == nil)
}
