package main

import (
	"fmt"
	"strings"
)

type Node[T any] struct {
	Val        T
	Prev, Next *Node[T]
}

type List[T any] struct {
	head, tail *Node[T]
	size       int
}

func (l *List[T]) PushBack(v T) *Node[T] {
	n := &Node[T]{Val: v, Prev: l.tail}
	if l.tail != nil {
		l.tail.Next = n
	} else {
		l.head = n
	}
	l.tail = n
	l.size++
	return n
}

func (l *List[T]) PushFront(v T) {
	n := &Node[T]{Val: v, Next: l.head}
	if l.head != nil {
		l.head.Prev = n
	} else {
		l.tail = n
	}
	l.head = n
	l.size++
}

func (l *List[T]) Remove(n *Node[T]) {
	if n.Prev != nil {
		n.Prev.Next = n.Next
	} else {
		l.head = n.Next
	}
	if n.Next != nil {
		n.Next.Prev = n.Prev
	} else {
		l.tail = n.Prev
	}
	n.Prev, n.Next = nil, nil
	l.size--
}

func (l *List[T]) Reverse() {
	for n := l.head; n != nil; n = n.Prev {
		n.Next, n.Prev = n.Prev, n.Next
	}
	l.head, l.tail = l.tail, l.head
}

func (l *List[T]) All() func(yield func(int, T) bool) {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.Next {
			if !yield(i, n.Val) {
				return
			}
			i++
		}
	}
}

func (l *List[T]) String() string {
	var parts []string
	for _, v := range l.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "(" + strings.Join(parts, " <-> ") + ")"
}

func main() {
	var l List[int]
	var mid *Node[int]
	for i := 1; i <= 5; i++ {
		n := l.PushBack(i * 10)
		if i == 3 {
			mid = n
		}
	}
	l.PushFront(0)
	fmt.Println(&l, l.size)
	l.Remove(mid)
	fmt.Println(l.String(), l.size)
	l.Reverse()
	fmt.Println(&l)
	for i, v := range l.All() {
		if i > 2 {
			break
		}
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	words := &List[string]{}
	for _, w := range strings.Fields("the quick brown fox") {
		words.PushFront(w)
	}
	fmt.Println(words, words.head.Val, words.tail.Val)
	var empty List[float64]
	fmt.Println(&empty, empty.head == nil)
}
