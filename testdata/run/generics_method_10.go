package main

import "fmt"

// Value-receiver methods called through pointers and pointer-receiver methods on addressable values.
type Counter[T comparable] struct {
	seen map[T]int
	last T
}

func (c *Counter[T]) Add(x T) {
	if c.seen == nil {
		c.seen = make(map[T]int)
	}
	c.seen[x]++
	c.last = x
}

func (c Counter[T]) Get(x T) int { return c.seen[x] }
func (c Counter[T]) Last() T     { return c.last }

type Holder struct {
	words Counter[string]
	nums  *Counter[int]
}

func main() {
	var h Holder
	h.words.Add("a")
	h.words.Add("b")
	h.words.Add("a")
	h.nums = &Counter[int]{}
	h.nums.Add(7)
	fmt.Println(h.words.Get("a"), h.words.Last(), h.nums.Get(7), h.nums.Last())
	cs := make([]Counter[bool], 2)
	cs[1].Add(true)
	fmt.Println(cs[0].Get(true), cs[1].Get(true))
	m := map[string]*Counter[rune]{"x": {}}
	m["x"].Add('q')
	fmt.Println(string(m["x"].Last()))
}
