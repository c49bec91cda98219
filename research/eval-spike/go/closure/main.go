package main

import "fmt"

func main() {
	c := 0
	inc := func() int { c++; return c }
	total := 0
	for i := 0; i < 10000000; i++ {
		total += inc() & 7
	}
	fmt.Println(total, c)
}
