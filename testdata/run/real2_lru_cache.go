package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry struct {
	key   string
	value int
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
	hits  int
	miss  int
}

func NewLRU(n int) *LRU {
	return &LRU{cap: n, ll: list.New(), items: make(map[string]*list.Element)}
}

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		c.hits++
		return e.Value.(*entry).value, true
	}
	c.miss++
	return 0, false
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).value = v
		c.ll.MoveToFront(e)
		return
	}
	e := c.ll.PushFront(&entry{k, v})
	c.items[k] = e
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*entry).key)
		fmt.Printf("evict %s\n", last.Value.(*entry).key)
	}
}

func (c *LRU) String() string {
	var parts []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry)
		parts = append(parts, fmt.Sprintf("%s=%d", en.key, en.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU(3)
	for i, k := range []string{"a", "b", "c", "a", "d", "b", "e"} {
		if _, ok := c.Get(k); !ok {
			c.Put(k, i*10)
		}
		fmt.Println(c)
	}
	c.Put("a", 99)
	v, ok := c.Get("a")
	fmt.Println(v, ok, c.hits, c.miss)
	fmt.Printf("hit rate: %.2f%%\n", 100*float64(c.hits)/float64(c.hits+c.miss))
}
