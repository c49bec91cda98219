package main

import "fmt"

// LRU cache: a generic doubly linked list plus a map.
type entry[K comparable, V any] struct {
	key        K
	val        V
	prev, next *entry[K, V]
}

type LRU[K comparable, V any] struct {
	cap        int
	items      map[K]*entry[K, V]
	head, tail *entry[K, V]
}

func NewLRU[K comparable, V any](n int) *LRU[K, V] {
	return &LRU[K, V]{cap: n, items: map[K]*entry[K, V]{}}
}

func (c *LRU[K, V]) unlink(e *entry[K, V]) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		c.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		c.tail = e.prev
	}
	e.prev, e.next = nil, nil
}

func (c *LRU[K, V]) pushFront(e *entry[K, V]) {
	e.next = c.head
	if c.head != nil {
		c.head.prev = e
	}
	c.head = e
	if c.tail == nil {
		c.tail = e
	}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	e, ok := c.items[k]
	if !ok {
		var zero V
		return zero, false
	}
	c.unlink(e)
	c.pushFront(e)
	return e.val, true
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		e.val = v
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if len(c.items) == c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		fmt.Println("evict", old.key)
	}
	e := &entry[K, V]{key: k, val: v}
	c.items[k] = e
	c.pushFront(e)
}

func (c *LRU[K, V]) Keys() []K {
	var ks []K
	for e := c.head; e != nil; e = e.next {
		ks = append(ks, e.key)
	}
	return ks
}

func main() {
	c := NewLRU[string, int](2)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Get("a")
	c.Put("c", 3)
	fmt.Println(c.Keys())
	_, ok := c.Get("b")
	fmt.Println(ok)
	c.Put("a", 10)
	c.Put("d", 4)
	v, _ := c.Get("a")
	fmt.Println(v, c.Keys())
}
