package main

import "fmt"

// Blank and unnamed receivers, methods calling methods on flipped instantiations.
type Pair[A, B any] struct {
	a A
	b B
}

func (Pair[A, B]) Kind() string { return "pair" }

func (_ Pair[A, B]) Arity() int { return 2 }

func (p Pair[A, B]) Flip() Pair[B, A] { return Pair[B, A]{p.b, p.a} }

func (p Pair[A, B]) Same() Pair[A, B] { return p.Flip().Flip() }

func (p *Pair[A, B]) String() string { return fmt.Sprintf("(%v, %v)", p.a, p.b) }

func main() {
	p := Pair[int, string]{1, "x"}
	fmt.Println(p.Kind(), p.Arity(), p.Flip(), p.Same())
	fmt.Println(&p, p.Flip().Kind())
	q := p.Flip()
	fmt.Println(q.String())
	var x, y, z any = p, Pair[int, string]{1, "x"}, q
	fmt.Println(x == y, x == z)
}
