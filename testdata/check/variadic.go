package main

func sum(xs ...int) int { return 0 }
func named(s string, xs ...int) {}

func main() {
	var ss []string
	var is []int
	sum(ss...) // ERROR "cannot use ss (variable of type []string) as []int value in argument to sum"
	sum(1, is...) // ERROR "too many arguments in call to sum\n\thave (number, []int...)\n\twant (...int)"
	named(is...) // ERROR "not enough arguments in call to named\n\thave ([]int...)\n\twant (string, ...int)"
	sum("a", "b") // ERROR "cannot use \"a\" (untyped string constant) as int value in argument to sum" "cannot use \"b\" (untyped string constant) as int value in argument to sum"
	named() // ERROR "not enough arguments in call to named\n\thave ()\n\twant (string, ...int)"
	_ = append(is, ss...) // ERROR "cannot use ss (variable of type []string) as []int value in argument to append"
	var x int
	sum(x...) // ERROR "cannot use x (variable of type int) as []int value in argument to sum"
}
