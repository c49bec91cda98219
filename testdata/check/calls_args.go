package main

func f(a int, b string) {}
func g() (int, int) { return 1, 2 }
func h(a, b, c int) {}

func main() {
	f(1) // ERROR "not enough arguments in call to f\n\thave (number)\n\twant (int, string)"
	f(1, "a", 3) // ERROR "too many arguments in call to f\n\thave (number, string, number)\n\twant (int, string)"
	f("a", 1) // ERROR "cannot use \"a\" (untyped string constant) as int value in argument to f" "cannot use 1 (untyped int constant) as string value in argument to f"
	h(g()) // ERROR "not enough arguments in call to h\n\thave (int, int)\n\twant (int, int, int)"
	f(g()) // ERROR "cannot use g() (value of type int) as string value in argument to f"
	var x int
	x() // ERROR "invalid operation: cannot call x (variable of type int): int is not a function"
	f(1, 2) // ERROR "cannot use 2 (untyped int constant) as string value in argument to f"
	_ = f(1, "a") // ERROR "f(1, \"a\") (no value) used as value"
}
