package main

import "fmt"

func Seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("seq done", n)
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Enumerate(xs []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func Forever(yield func() bool) {
	for yield() {
	}
}

func find(n, target int) (int, string) {
	for i := range Seq(n) {
		if i == target {
			return i * 10, "found"
		}
	}
	return -1, "missing"
}

func main() {
	fmt.Println(find(5, 3))
	fmt.Println(find(2, 3))
	var fs []func() int
	for i := range Seq(3) {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
outer:
	for i := range Seq(4) {
		for j := range Seq(4) {
			if j > i {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	for i, s := range Enumerate([]string{"a", "b", "c"}) {
		fmt.Println(i, s)
	}
	n := 0
	for range Forever {
		n++
		if n == 5 {
			break
		}
	}
	fmt.Println("forever stopped at", n)
	var nilSeq func(func(int) bool)
	defer func() { fmt.Println("recovered:", recover()) }()
	for x := range nilSeq {
		fmt.Println(x)
	}
}
