package main

import (
	"fmt"
	"iter"
	"slices"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator done")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(m []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, s := range m {
			if !yield(i, s) {
				return
			}
		}
	}
}

func work() (res string) {
	defer func() { fmt.Println("work returns", res) }()
	for i := range count(3) {
		defer fmt.Println("deferred in body", i)
		fmt.Println("body", i)
	}
	fmt.Println("after loop")
	return "ok"
}

func early() int {
	for i, s := range pairs([]string{"a", "b", "c"}) {
		defer fmt.Println("cleanup", s)
		if i == 1 {
			return i
		}
	}
	return -1
}

func panicky() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for i := range count(5) {
		defer fmt.Println("unwinding", i)
		if i == 2 {
			panic("boom at 2")
		}
	}
	return nil
}

func nested() {
	for i := range count(2) {
		for s := range slices.Values([]string{"x", "y"}) {
			defer fmt.Println("nested", i, s)
		}
	}
	fmt.Println("nested loops over")
}

func main() {
	fmt.Println(work())
	fmt.Println(early())
	fmt.Println(panicky())
	nested()
}
