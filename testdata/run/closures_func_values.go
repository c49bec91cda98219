package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func apply(f func(int) int, x int) int { return f(x) }

func twice(f func(int) int) func(int) int {
	return func(x int) int { return f(f(x)) }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func choose(neg bool) func(int) int {
	if neg {
		return func(x int) int { return -x }
	}
	return double
}

func double(x int) int { return x * 2 }

func divmod(a, b int) (int, int) { return a / b, a % b }

func pick(name string) func(float64, float64) float64 {
	switch name {
	case "add":
		return func(a, b float64) float64 { return a + b }
	case "mul":
		return func(a, b float64) float64 { return a * b }
	}
	return nil
}

var global func(int) int

func main() {
	f := fib
	fmt.Println(f(20), apply(fib, 10), apply(double, 21))
	fmt.Println(twice(double)(3), twice(twice(double))(1))
	fmt.Println(compose(double, func(x int) int { return x + 1 })(5))
	fmt.Println(choose(true)(7), choose(false)(7))
	dm := divmod
	q, r := dm(17, 5)
	fmt.Println(q, r)
	fmt.Println(pick("add")(1.5, 2), pick("mul")(1.5, 2), pick("sub") == nil)
	var g func(int) int
	fmt.Println(g == nil, g != nil)
	g = double
	fmt.Println(g == nil, g(4))
	fmt.Println(global == nil)
	global = func(x int) int { return x * x }
	fmt.Println(global(9))
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
	var even, odd func(int) bool
	even = func(n int) bool {
		if n == 0 {
			return true
		}
		return odd(n - 1)
	}
	odd = func(n int) bool {
		if n == 0 {
			return false
		}
		return even(n - 1)
	}
	fmt.Println(even(10), odd(7), even(3))
	ops := []func(int, int) int{
		func(a, b int) int { return a + b },
		func(a, b int) int { return a - b },
		func(a, b int) int { return a * b },
	}
	for _, op := range ops {
		fmt.Print(op(7, 3), " ")
	}
	fmt.Println()
	func(msg string) { fmt.Println("iife:", msg) }("hi")
	ok := func() bool { return true }()
	fmt.Println(ok)
}
