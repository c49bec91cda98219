package main

type Number interface{ int | float64 }

func F(x Number) {} // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"

type S struct {
	n Number // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"
}

func main() {
	_ = []Number{} // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"
}
