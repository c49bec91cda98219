// Method expressions of promoted methods: T.M and (*T).M where M comes from an embedded
// field (through values, pointers, two levels, a generic type); a nil embedded pointer
// panics when the method needs what it points to.
package main

import "fmt"

type T struct{ n int }

func (t *T) Sum(a ...int) int {
	for _, x := range a {
		t.n += x
	}
	return t.n
}
func (t T) Val() int { return t.n }

type U struct{ *T }
type V struct{ T }
type W struct {
	V
	tag string
}

type Box[E any] struct{ v E }

func (b Box[E]) Get() E { return b.v }

type Wrapped struct{ Box[string] }

func main() {
	u := U{&T{1}}
	fmt.Println((*U).Sum(&u, 1, 3), U.Sum(u, 10), u.n)
	v := V{T{3}}
	fmt.Println(V.Val(v), (*V).Sum(&v, 4), v.n, (*V).Val(&v))
	w := W{V{T{7}}, "w"}
	f := W.Val
	g := (*W).Sum
	fmt.Println(f(w), g(&w, 1, 1), w.n)
	fmt.Println(Wrapped.Get(Wrapped{Box[string]{"boxed"}}))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(U.Val(U{}))
}
