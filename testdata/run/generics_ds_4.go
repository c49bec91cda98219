package main

import "fmt"

// A recursive generic type: singly linked list.
type Node[T any] struct {
	Val  T
	Next *Node[T]
}

type LinkedList[T any] struct {
	head *Node[T]
	size int
}

func (l *LinkedList[T]) PushFront(v T) {
	l.head = &Node[T]{Val: v, Next: l.head}
	l.size++
}

func (l *LinkedList[T]) Reverse() {
	var prev *Node[T]
	for cur := l.head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *LinkedList[T]) Slice() []T {
	var out []T
	for n := l.head; n != nil; n = n.Next {
		out = append(out, n.Val)
	}
	return out
}

func MapList[T, U any](l *LinkedList[T], f func(T) U) *LinkedList[U] {
	r := &LinkedList[U]{}
	for n := l.head; n != nil; n = n.Next {
		r.PushFront(f(n.Val))
	}
	r.Reverse()
	return r
}

func main() {
	var l LinkedList[int]
	for i := 1; i <= 5; i++ {
		l.PushFront(i)
	}
	fmt.Println(l.Slice(), l.size)
	l.Reverse()
	fmt.Println(l.Slice())
	s := MapList(&l, func(i int) string { return fmt.Sprint(i * i) })
	fmt.Println(s.Slice(), s.size)
	fmt.Println(len(new(LinkedList[bool]).Slice()))
}
