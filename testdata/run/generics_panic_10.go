package main

import "fmt"

// Nil func call and close of nil channel inside generic code.
type Handler[T any] struct {
	name string
	fn   func(T) string
}

func Run[T any](hs []Handler[T], v T) {
	for _, h := range hs {
		f := h.fn
		fmt.Println(h.name, f(v))
	}
}

func main() {
	hs := []Handler[int]{
		{"double", func(i int) string { return fmt.Sprint(i * 2) }},
		{"broken", nil},
	}
	Run(hs, 21)
}
