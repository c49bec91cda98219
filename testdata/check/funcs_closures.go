package main

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	add := func(a, b int) int { return a + b }
	_ = add(1) // ERROR "not enough arguments in call to add\n\thave (number)\n\twant (int, int)"
	sub := func(int, int) int { return 0 }
	_ = apply(sub, 1) // ERROR "cannot use sub (variable of type func(int, int) int) as func(int) int value in argument to apply"
	f := func() {
		y := 1 // ERROR "declared and not used: y"
	}
	f(1) // ERROR "too many arguments in call to f\n\thave (number)\n\twant ()"
	var g func(string) // ERROR "declared and not used: g"
	g = func(int) {} // ERROR "cannot use func(int) {} (value of type func(int)) as func(string) value in assignment"
	h := func() int {
	} // ERROR "missing return"
	_ = h
	counter := func() func() int {
		n := 0
		return func() string { n++; return "" } // ERROR "cannot use func() string {…} (value of type func() string) as func() int value in return statement"
	}
	_ = counter
}
