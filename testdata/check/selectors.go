package main

type T struct {
	a int
	inner
}

type inner struct{ b int }

func (t T) M() {}

func main() {
	var t T
	var p *T
	var pp **T
	_ = t.c // ERROR "t.c undefined (type T has no field or method c)"
	_ = p.z // ERROR "p.z undefined (type *T has no field or method z)"
	_ = pp.a // ERROR "pp.a undefined (type **T has no field or method a)"
	_ = t.inner.c // ERROR "t.inner.c undefined (type inner has no field or method c)"
	t.N() // ERROR "t.N undefined (type T has no field or method N)"
	var i int
	_ = i.x // ERROR "i.x undefined (type int has no field or method x)"
	_ = T.M
	_ = T.a // ERROR "operand for field selector a must be value of type T"
}
