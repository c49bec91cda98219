// NOTE: intentionally not gofmt-formatted (gofmt -l lists it); gofmt -e accepts it.
// Exercises: all range-clause forms, including `for range 10`, `for i := range n`,
// range over func iterators, channels and strings, and bare `for {}` / `for cond {}`.
package main

import "fmt"

func seq(yield func(int) bool) {
	for i := range 3 {
		if !yield(i * 10) {
			return
		}
	}
}

func main() {
	n := 0
	for range 10 {
		n++
	}
	for i := range 3 {
		n += i
	}
	var k, v int
	for k, v = range []int{7, 8} {
	}
	for _, r := range "hé" {
		fmt.Println(r)
	}
	for x := range seq {
		fmt.Println("seq", x)
	}
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	close(ch)
	for c := range ch {
		n += c
	}
	for n < 100 {
		n *= 2
	}
	for {
		break
	}
	for ; ; {
		break
	}
	fmt.Println(n, k, v)
}
