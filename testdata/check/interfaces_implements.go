package main

type Stringer interface{ String() string }

type A struct{}

func (A) String() int { return 0 }

type B struct{}

func (B) string() string { return "" }

type C struct{ String string }

type D struct{}

type E struct{}

func (E) String(x int) string { return "" }

func main() {
	var a Stringer = A{} // ERROR "cannot use A{} (value of struct type A) as Stringer value in variable declaration: A does not implement Stringer (wrong type for method String)\n\t\thave String() int\n\t\twant String() string"
	var b Stringer = B{} // ERROR "cannot use B{} (value of struct type B) as Stringer value in variable declaration: B does not implement Stringer (missing method String)\n\t\thave string() string\n\t\twant String() string"
	var c Stringer = C{} // ERROR "cannot use C{} (value of struct type C) as Stringer value in variable declaration: C does not implement Stringer (C.String is a field, not a method)"
	var d Stringer = D{} // ERROR "cannot use D{} (value of struct type D) as Stringer value in variable declaration: D does not implement Stringer (missing method String)"
	var e Stringer = E{} // ERROR "cannot use E{} (value of struct type E) as Stringer value in variable declaration: E does not implement Stringer (wrong type for method String)\n\t\thave String(int) string\n\t\twant String() string"
	var err error = 1 // ERROR "cannot use 1 (constant of type int) as error value in variable declaration: int does not implement error (missing method Error)"
	_, _, _, _, _, _ = a, b, c, d, e, err
}
