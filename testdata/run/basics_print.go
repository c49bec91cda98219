package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println("hello, world", 42, 3.5, true)
	fmt.Println(fib(20))
	var s int8 = 100
	s += 100
	fmt.Printf("%d %5d|%-4s|%x %.2f %v\n", s, 7, "ab", 255, 3.14159, 1e21)
	total := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		total += i
	}
	fmt.Println(total, fmt.Sprint("a", 1, 2, "b"), len("héllo"))
}
