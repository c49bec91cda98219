package main

type S struct {
	a int
	a string // ERROR "a redeclared"
	b, b int // ERROR "b redeclared"
}

type I interface {
	M()
	M() // ERROR "duplicate method M"
}

type J interface {
	I // ERROR "duplicate method M"
	M(int)
}

type E struct {
	*int
	int // ERROR "int redeclared"
}

func main() {
}
