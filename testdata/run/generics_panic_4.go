package main

import "fmt"

// Nil map write and nil pointer dereference in generic code.
type Cache[K comparable, V any] struct {
	m map[K]V
}

func (c *Cache[K, V]) Put(k K, v V) { c.m[k] = v }

func Deref[T any](p *T) T { return *p }

func main() {
	x := 5
	fmt.Println(Deref(&x))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var p *string
		fmt.Println(Deref(p))
	}()
	var c Cache[string, int]
	c.Put("a", 1)
}
