package main

import "fmt"

// A generic deque on a slice with front/back operations.
type Deque[T any] struct{ xs []T }

func (d *Deque[T]) PushBack(x T)  { d.xs = append(d.xs, x) }
func (d *Deque[T]) PushFront(x T) { d.xs = append([]T{x}, d.xs...) }
func (d *Deque[T]) PopFront() T {
	x := d.xs[0]
	d.xs = d.xs[1:]
	return x
}
func (d *Deque[T]) PopBack() T {
	x := d.xs[len(d.xs)-1]
	d.xs = d.xs[:len(d.xs)-1]
	return x
}
func (d *Deque[T]) Len() int { return len(d.xs) }

func SlidingMax(xs []int, k int) []int {
	var dq Deque[int]
	var out []int
	for i, x := range xs {
		for dq.Len() > 0 && xs[dq.xs[dq.Len()-1]] <= x {
			dq.PopBack()
		}
		dq.PushBack(i)
		if dq.xs[0] <= i-k {
			dq.PopFront()
		}
		if i >= k-1 {
			out = append(out, xs[dq.xs[0]])
		}
	}
	return out
}

func main() {
	fmt.Println(SlidingMax([]int{1, 3, -1, -3, 5, 3, 6, 7}, 3))
	var d Deque[string]
	d.PushBack("b")
	d.PushFront("a")
	d.PushBack("c")
	fmt.Println(d.xs)
	f := d.PopFront()
	b := d.PopBack()
	fmt.Println(f, b, d.Len(), d.xs)
}
