package main

func Same[T any](a, b T) T { return a }

func main() {
	var i int
	var f float64
	_ = Same(i, f) // ERROR "in call to Same, type float64 of f does not match inferred type int for T"
	_ = Same("a", 1) // ERROR "in call to Same, mismatched types untyped string and untyped int (cannot infer T)"
	_ = Same(i, "x") // ERROR "cannot use \"x\" (untyped string constant) as int value in argument to Same"
}
