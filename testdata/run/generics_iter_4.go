package main

import (
	"fmt"
	"iter"
)

// iter.Pull over a generic sequence.
func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, stopA := iter.Pull(a)
		defer stopA()
		nb, stopB := iter.Pull(b)
		defer stopB()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

func Letters(s string) iter.Seq[rune] {
	return func(yield func(rune) bool) {
		for _, r := range s {
			if !yield(r) {
				return
			}
		}
	}
}

func main() {
	for n, r := range Zip(Fib(), Letters("abcdef")) {
		fmt.Printf("%d%c ", n, r)
	}
	fmt.Println()
	next, stop := iter.Pull(Fib())
	for i := 0; i < 5; i++ {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	stop()
	v, ok := next()
	fmt.Println(v, ok)
}
