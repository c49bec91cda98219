package main

func main() {
	var s []int
	var a [3]int
	var b []byte
	append(s, 1) // ERROR "append(s, 1) (value of type []int) is not used"
	_ = append(a, 1) // ERROR "invalid append: argument must be a slice; have a (variable of type [3]int)"
	_ = append(s, "x") // ERROR "cannot use \"x\" (untyped string constant) as int value in argument to append"
	_ = append() // ERROR "invalid operation: not enough arguments for append() (expected 1, found 0)"
	copy(s, a) // ERROR "invalid copy: argument must be a slice; have a (variable of type [3]int)"
	copy(s, "abc") // ERROR "invalid copy: arguments s (variable of type []int) and \"abc\" (untyped string constant) have different element types int and byte"
	copy(b, "abc")
	_ = copy(s) // ERROR "invalid operation: not enough arguments for copy(s) (expected 2, found 1)"
	s = append(s, 1.5) // ERROR "cannot use 1.5 (untyped float constant) as int value in argument to append (truncated)"
	var t []string
	copy(s, t) // ERROR "invalid copy: arguments s (variable of type []int) and t (variable of type []string) have different element types int and string"
}
