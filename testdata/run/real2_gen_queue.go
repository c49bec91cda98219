package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("queue empty")
var ErrFull = errors.New("queue full")

type Ring[T any] struct {
	buf        []T
	head, size int
}

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{buf: make([]T, n)} }

func (r *Ring[T]) Push(v T) error {
	if r.size == len(r.buf) {
		return fmt.Errorf("push %v: %w", v, ErrFull)
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	return nil
}

func (r *Ring[T]) Pop() (T, error) {
	var zero T
	if r.size == 0 {
		return zero, ErrEmpty
	}
	v := r.buf[r.head]
	r.buf[r.head] = zero
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, nil
}

func (r *Ring[T]) Each(f func(T)) {
	for i := 0; i < r.size; i++ {
		f(r.buf[(r.head+i)%len(r.buf)])
	}
}

type Task struct {
	ID   int
	Name string
}

func main() {
	q := NewRing[Task](3)
	for i := 1; i <= 4; i++ {
		if err := q.Push(Task{i, fmt.Sprintf("task-%d", i)}); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrFull))
		}
	}
	t, _ := q.Pop()
	fmt.Printf("%+v\n", t)
	q.Push(Task{5, "task-5"})
	q.Each(func(t Task) { fmt.Print(t.Name, " ") })
	fmt.Println()
	for {
		t, err := q.Pop()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("drained:", err)
			break
		}
		fmt.Println("got", t.ID)
	}
	nums := NewRing[float64](2)
	nums.Push(1.5)
	v, err := nums.Pop()
	fmt.Println(v, err)
	v, err = nums.Pop()
	fmt.Println(v, err)
	fmt.Printf("%T %v\n", nums, nums.buf)
}
