package main

import "fmt"

// Methods using the receiver's type parameters under other names.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[A, B]) Swap() Pair[string, A] {
	return Pair[string, A]{Key: fmt.Sprint(p.Val), Val: p.Key}
}

func (p Pair[_, V]) Value() V { return p.Val }

func (p *Pair[K, V]) Update(v V) { p.Val = v }

func main() {
	p := Pair[int, bool]{1, true}
	fmt.Printf("%+v\n", p)
	s := p.Swap()
	fmt.Printf("%+v %T\n", s, s)
	fmt.Println(p.Value())
	p.Update(false)
	fmt.Println(p)
	q := &Pair[string, []int]{Key: "k"}
	q.Update([]int{1, 2})
	fmt.Println(q.Value(), len(q.Val))
}
