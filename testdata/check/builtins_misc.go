package main

func main() {
	var x int
	_ = complex(1, "a") // ERROR "invalid operation: complex(1, \"a\") (mismatched types untyped float and untyped string)"
	_ = real("x") // ERROR "invalid argument: argument has type untyped string, expected complex type"
	_ = imag(x) // ERROR "invalid argument: argument has type int, expected complex type"
	_ = min(1, "a") // ERROR "invalid argument: mismatched types untyped int (previous argument) and untyped string (type of \"a\")"
	_ = max() // ERROR "invalid operation: not enough arguments for max() (expected 1, found 0)"
	clear(x) // ERROR "invalid argument: cannot clear x (variable of type int): argument must be (or constrained by) map or slice"
	_ = panic("x") // ERROR "panic(\"x\") (no value) used as value"
	_ = print(1) // ERROR "print(1) (no value) used as value"
	_ = complex(1.5, 2) + x // ERROR "complex(1.5, 2) (untyped complex constant (1.5 + 2i)) truncated to int"
}
