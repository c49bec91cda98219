package main

type I interface{ M() }
type J interface {
	M()
	N()
}

type T struct{}

func (t *T) M() {}

type U struct{}

func (U) M() {}
func (*U) N() {}

func main() {
	var i I = T{} // ERROR "cannot use T{} (value of struct type T) as I value in variable declaration: T does not implement I (method M has pointer receiver)"
	var j J = U{} // ERROR "cannot use U{} (value of struct type U) as J value in variable declaration: U does not implement J (method N has pointer receiver)"
	var k J = &T{} // ERROR "cannot use &T{} (value of type *T) as J value in variable declaration: *T does not implement J (missing method N)"
	var ok I = &T{}
	var u J = &U{}
	_, _, _, _, _ = i, j, k, ok, u
}
