package main

import "fmt"

// Priority queue (binary heap) ordered by a less func.
type PQ[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewPQ[T any](less func(a, b T) bool) *PQ[T] { return &PQ[T]{less: less} }

func (q *PQ[T]) Len() int { return len(q.data) }

func (q *PQ[T]) Push(x T) {
	q.data = append(q.data, x)
	i := len(q.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !q.less(q.data[i], q.data[p]) {
			break
		}
		q.data[i], q.data[p] = q.data[p], q.data[i]
		i = p
	}
}

func (q *PQ[T]) Pop() T {
	top := q.data[0]
	n := len(q.data) - 1
	q.data[0] = q.data[n]
	q.data = q.data[:n]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && q.less(q.data[l], q.data[m]) {
			m = l
		}
		if r < n && q.less(q.data[r], q.data[m]) {
			m = r
		}
		if m == i {
			break
		}
		q.data[i], q.data[m] = q.data[m], q.data[i]
		i = m
	}
	return top
}

type Task struct {
	Name string
	Prio int
}

func main() {
	q := NewPQ(func(a, b int) bool { return a < b })
	for _, x := range []int{5, 3, 8, 1, 9, 2} {
		q.Push(x)
	}
	for q.Len() > 0 {
		fmt.Print(q.Pop(), " ")
	}
	fmt.Println()
	tq := NewPQ(func(a, b Task) bool { return a.Prio > b.Prio })
	tq.Push(Task{"low", 1})
	tq.Push(Task{"high", 10})
	tq.Push(Task{"mid", 5})
	for tq.Len() > 0 {
		fmt.Printf("%+v\n", tq.Pop())
	}
	q.Pop()
}
