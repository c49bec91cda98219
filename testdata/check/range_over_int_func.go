package main

// Iterators as variables of unnamed-parameter func types: gint does not keep parameter
// names in func types (see func_type_param_names.go).
var seq func(func(int) bool)
var seq2 func(func(int, string) bool)
var bad func(func(int))
var notIter func(int)

func main() {
	for i := range 3.5 { // ERROR "cannot range over 3.5 (untyped float constant)"
		_ = i
	}
	for a, b := range seq { // ERROR "range over seq (variable of type func(func(int) bool)) permits only one iteration variable"
		_, _ = a, b
	}
	for x := range bad { // ERROR "cannot range over bad (variable of type func(func(int))): func must be func(yield func(...) bool): yield func does not return bool"
		_ = x
	}
	for x := range notIter { // ERROR "cannot range over notIter (variable of type func(int)): func must be func(yield func(...) bool): argument is not func"
		_ = x
	}
	var s string
	for i := range len(s) { // ERROR "declared and not used: i"
		i = "x" // ERROR "cannot use \"x\" (untyped string constant) as int value in assignment"
	}
	for range seq2 {
	}
	const n uint8 = 3
	for i := range n {
		var j int = i // ERROR "cannot use i (variable of type uint8) as int value in variable declaration"
		_ = j
	}
}
