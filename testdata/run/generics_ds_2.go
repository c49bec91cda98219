package main

import "fmt"

// A ring-buffer queue.
type Queue[T any] struct {
	buf        []T
	head, size int
}

func NewQueue[T any](capacity int) *Queue[T] {
	return &Queue[T]{buf: make([]T, capacity)}
}

func (q *Queue[T]) Enqueue(v T) bool {
	if q.size == len(q.buf) {
		return false
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
	return true
}

func (q *Queue[T]) Dequeue() (T, bool) {
	var zero T
	if q.size == 0 {
		return zero, false
	}
	v := q.buf[q.head]
	q.buf[q.head] = zero
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, true
}

func main() {
	q := NewQueue[string](3)
	for _, s := range []string{"a", "b", "c", "d"} {
		fmt.Println("enqueue", s, q.Enqueue(s))
	}
	v, _ := q.Dequeue()
	fmt.Println("got", v)
	q.Enqueue("e")
	for {
		v, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(q.buf, q.size)
}
