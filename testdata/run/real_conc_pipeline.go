package main

import (
	"fmt"
)

func generate(words []string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func upper(in <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			out <- toUpper(w)
		}
	}()
	return out
}

func longOnly(in <-chan string, min int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			if len(w) >= min {
				out <- w
			}
		}
	}()
	return out
}

func numbered(in <-chan string) <-chan string {
	out := make(chan string, 2)
	go func() {
		defer close(out)
		i := 1
		for w := range in {
			out <- fmt.Sprintf("%d:%s", i, w)
			i++
		}
	}()
	return out
}

func main() {
	src := generate([]string{"go", "channels", "are", "pipes", "between", "goroutines", "ok"})
	for line := range numbered(longOnly(upper(src), 4)) {
		fmt.Println(line)
	}
	// A second pipeline of squares, summed.
	nums := make(chan int)
	squares := make(chan int)
	go func() {
		for i := 1; i <= 10; i++ {
			nums <- i
		}
		close(nums)
	}()
	go func() {
		for n := range nums {
			squares <- n * n
		}
		close(squares)
	}()
	sum := 0
	for s := range squares {
		sum += s
	}
	fmt.Println("sum of squares:", sum)
}

func toUpper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}
