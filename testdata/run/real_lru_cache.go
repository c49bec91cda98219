package main

import "fmt"

type node struct {
	key, val   int
	prev, next *node
}

type LRU struct {
	cap   int
	items map[int]*node
	head  *node
	tail  *node
}

func NewLRU(capacity int) *LRU {
	h, t := &node{}, &node{}
	h.next, t.prev = t, h
	return &LRU{cap: capacity, items: make(map[int]*node), head: h, tail: t}
}

func (c *LRU) unlink(n *node) {
	n.prev.next = n.next
	n.next.prev = n.prev
}

func (c *LRU) pushFront(n *node) {
	n.next = c.head.next
	n.prev = c.head
	c.head.next.prev = n
	c.head.next = n
}

func (c *LRU) Get(k int) int {
	if n, ok := c.items[k]; ok {
		c.unlink(n)
		c.pushFront(n)
		return n.val
	}
	return -1
}

func (c *LRU) Put(k, v int) {
	if n, ok := c.items[k]; ok {
		n.val = v
		c.unlink(n)
		c.pushFront(n)
		return
	}
	if len(c.items) == c.cap {
		last := c.tail.prev
		c.unlink(last)
		delete(c.items, last.key)
		fmt.Println("evict", last.key)
	}
	n := &node{key: k, val: v}
	c.items[k] = n
	c.pushFront(n)
}

func (c *LRU) Keys() []int {
	var ks []int
	for n := c.head.next; n != c.tail; n = n.next {
		ks = append(ks, n.key)
	}
	return ks
}

func main() {
	c := NewLRU(3)
	c.Put(1, 10)
	c.Put(2, 20)
	c.Put(3, 30)
	fmt.Println(c.Get(1), c.Keys())
	c.Put(4, 40)
	fmt.Println(c.Get(2), c.Get(3), c.Keys())
	c.Put(1, 11)
	c.Put(5, 50)
	fmt.Println(c.Keys(), c.Get(1), len(c.items))
}
