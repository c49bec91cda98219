package main

import "fmt"

var greeting = "hello"
var count int

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	count++
	return out
}

func main() {
	fmt.Println(fib(25), even(10), odd(7))
	s := greeting + ", " + "world"
	fmt.Println(s, len(s), s[0], s < "help", s == "hello, world")
	fmt.Println(repeat("ab", 3), count)
	fmt.Printf("%s|%5s|%-5s|%q|%v|%T %T %T\n", "x", "ab", "cd", "q\"t", 42, 1, "s", 2.0)
	fmt.Print("a", "b", 1, 2, "c\n")
	fmt.Println(fmt.Sprintf("%d-%d", 1, 2) + "!")
}
