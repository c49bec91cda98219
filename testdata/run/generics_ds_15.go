package main

import "fmt"

// A generic fixed-size ring of the last N values, with an averaging method.
type Number interface{ ~int | ~float64 }

type Window[T Number] struct {
	buf  []T
	next int
	full bool
}

func NewWindow[T Number](n int) *Window[T] { return &Window[T]{buf: make([]T, n)} }

func (w *Window[T]) Push(x T) {
	w.buf[w.next] = x
	w.next = (w.next + 1) % len(w.buf)
	if w.next == 0 {
		w.full = true
	}
}

func (w *Window[T]) Values() []T {
	if !w.full {
		return w.buf[:w.next]
	}
	return append(append([]T{}, w.buf[w.next:]...), w.buf[:w.next]...)
}

func (w *Window[T]) Mean() float64 {
	vs := w.Values()
	if len(vs) == 0 {
		return 0
	}
	var s T
	for _, v := range vs {
		s += v
	}
	return float64(s) / float64(len(vs))
}

func main() {
	w := NewWindow[int](3)
	fmt.Println(w.Values(), w.Mean())
	for i := 1; i <= 5; i++ {
		w.Push(i * i)
		fmt.Println(w.Values(), w.Mean())
	}
	f := NewWindow[float64](2)
	f.Push(0.5)
	fmt.Println(f.Mean())
}
