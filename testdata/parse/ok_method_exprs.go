// Exercises: method expressions `(*T).M` and `T.M`, method values,
// parenthesized receiver types and conversions such as `(*int)(nil)`,
// `[]byte("x")`, `(func())(nil)`, `(<-chan int)(c)`.
package main

import "fmt"

type T struct{ n int }

func (t T) Get() int       { return t.n }
func (t *T) Set(n int)     { t.n = n }
func (*T) Name() string    { return "T" }
func (T) Static(x int) int { return x + 1 }

func main() {
	t := &T{}
	(*T).Set(t, 5)
	fmt.Println(T.Get(*t), (*T).Get(t), (*T).Name(nil), T.Static(T{}, 1))
	set := t.Set
	set(7)
	fmt.Println(t.Get())
	p := (*int)(nil)
	b := []byte("x")
	f := (func())(nil)
	g := (func() int)(nil)
	c := make(chan int)
	r := (<-chan int)(c)
	s := (chan<- int)(c)
	fmt.Println(p == nil, b, f == nil, g == nil, r != nil, s != nil)
	fmt.Println((*T).Get(&T{3}), (interface{ Get() int })(T{9}).Get())
}
