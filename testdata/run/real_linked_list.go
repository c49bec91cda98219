package main

import (
	"fmt"
	"strings"
)

type Node struct {
	val  int
	next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) PushFront(v int) {
	l.head = &Node{v, l.head}
	l.size++
}

func (l *List) PushBack(v int) {
	n := &Node{val: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	cur := l.head
	for cur.next != nil {
		cur = cur.next
	}
	cur.next = n
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.head
	for cur != nil {
		next := cur.next
		cur.next = prev
		prev = cur
		cur = next
	}
	l.head = prev
}

func (l *List) Remove(v int) bool {
	pp := &l.head
	for *pp != nil {
		if (*pp).val == v {
			*pp = (*pp).next
			l.size--
			return true
		}
		pp = &(*pp).next
	}
	return false
}

func (l *List) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.next {
		parts = append(parts, fmt.Sprint(n.val))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func main() {
	l := &List{}
	for i := 1; i <= 5; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(5)
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	fmt.Println(l.Remove(30), l.Remove(99), l.Remove(5))
	fmt.Println(l.String(), l.size)
}
