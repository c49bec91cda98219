package main

type I interface{ M() }
type P *int
type S struct{ n int }

type A struct {
	*I // ERROR "embedded field type cannot be a pointer to an interface"
}

type B struct {
	P // ERROR "embedded field type cannot be a pointer"
	*S
}

type C struct {
	*S
	P2 *I
}

type D struct {
	I
	x int
}

type E struct {
	*P // ERROR "embedded field type cannot be a pointer"
}

func main() {
	_, _, _, _, _ = A{}, B{}, C{}, D{}, E{}
}
