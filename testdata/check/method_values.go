package main

type T struct{}

func (T) V(x int) int { return x }
func (*T) P()         {}

func main() {
	f := T.V
	_ = f(1) // ERROR "not enough arguments in call to f\n\thave (number)\n\twant (T, int)"
	g := T.P // ERROR "invalid method expression T.P (needs pointer receiver (*T).P)"
	var t T
	h := t.V
	_ = h("a") // ERROR "cannot use \"a\" (untyped string constant) as int value in argument to h"
	_ = (*T).V(&t) // ERROR "not enough arguments in call to (*T).V\n\thave (*T)\n\twant (*T, int)"
	T{}.P() // ERROR "cannot call pointer method P on T"
	var fn func(T, int) int = (*T).P // ERROR "cannot use (*T).P (value of type func(*T)) as func(T, int) int value in variable declaration"
	_, _ = g, fn
}
