package main

func f() int { return 1 }

type T struct{ x int }

func g() T { return T{} }

func main() {
	m := map[string]T{}
	_ = &f() // ERROR "invalid operation: cannot take address of f() (value of type int)"
	_ = &1 // ERROR "invalid operation: cannot take address of 1 (untyped int constant)"
	_ = &"s" // ERROR "invalid operation: cannot take address of \"s\" (untyped string constant)"
	m["a"].x = 1 // ERROR "cannot assign to struct field m[\"a\"].x in map"
	g().x = 2 // ERROR "cannot assign to g().x (neither addressable nor a map index expression)"
	var i int
	_ = *i // ERROR "invalid operation: cannot indirect i (variable of type int)"
	const c = 1
	_ = &c // ERROR "invalid operation: cannot take address of c (untyped int constant 1)"
	var s string
	s[0] = 'x' // ERROR "cannot assign to s[0] (neither addressable nor a map index expression)"
	_ = &m["a"] // ERROR "invalid operation: cannot take address of m[\"a\"] (map index expression of struct type T)"
}
