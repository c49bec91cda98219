package main

import "fmt"

// Set[T comparable] and a heap with a stored less func, without variadic calls.
type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(x T)      { s[x] = struct{}{} }
func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }

func FromSlice[T comparable](xs []T) Set[T] {
	s := make(Set[T])
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := Set[T]{}
	for x := range s {
		if o.Has(x) {
			r.Add(x)
		}
	}
	return r
}

type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func (h *Heap[T]) Push(x T) {
	less := h.less
	h.data = append(h.data, x)
	for i := len(h.data) - 1; i > 0; {
		p := (i - 1) / 2
		if !less(h.data[i], h.data[p]) {
			break
		}
		h.data[i], h.data[p] = h.data[p], h.data[i]
		i = p
	}
}

func (h *Heap[T]) Pop() T {
	less := h.less
	top := h.data[0]
	n := len(h.data) - 1
	h.data[0] = h.data[n]
	h.data = h.data[:n]
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && less(h.data[l], h.data[m]) {
			m = l
		}
		if r < n && less(h.data[r], h.data[m]) {
			m = r
		}
		if m == i {
			break
		}
		h.data[i], h.data[m] = h.data[m], h.data[i]
		i = m
	}
	return top
}

func main() {
	a := FromSlice([]int{1, 2, 3, 4})
	b := FromSlice([]int{3, 4, 5})
	in := a.Intersect(b)
	h := &Heap[int]{less: func(x, y int) bool { return x < y }}
	for x := range in {
		h.Push(x)
	}
	for len(h.data) > 0 {
		fmt.Print(h.Pop(), " ")
	}
	fmt.Println(len(a), a.Has(2), b.Has(2))
	ws := &Heap[string]{less: func(x, y string) bool { return len(x) > len(y) }}
	for _, w := range []string{"go", "gopher", "g", "gop"} {
		ws.Push(w)
	}
	fmt.Println(ws.Pop(), ws.Pop(), len(ws.data))
}
