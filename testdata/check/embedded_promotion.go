package main

type A struct{ X int }
type B struct{ X int }

func (A) M() {}
func (B) M() {}

type C struct {
	A
	B
}

type D struct {
	*A
	Y int
}

func (D) Y() {} // ERROR "field and method with the same name Y"

type E struct {
	A
	A // ERROR "A redeclared"
}

func main() {
	var c C
	_ = c.X // ERROR "ambiguous selector c.X"
	c.M() // ERROR "ambiguous selector c.M"
	var d D
	d.M()
	_ = d.X
	_ = C{X: 1} // ERROR "unknown field X in struct literal of type C"
}
