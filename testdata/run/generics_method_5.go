package main

import "fmt"

// A generic method returning the receiver type for chaining; methods calling methods.
type Builder[T any] struct {
	items []T
	sep   string
}

func (b *Builder[T]) Add(x T) *Builder[T] {
	b.items = append(b.items, x)
	return b
}

func (b *Builder[T]) Sep(s string) *Builder[T] {
	b.sep = s
	return b
}

func (b *Builder[T]) Build() string {
	out := ""
	for i, x := range b.items {
		if i > 0 {
			out += b.sep
		}
		out += fmt.Sprint(x)
	}
	return out
}

func (b *Builder[T]) Len() int { return len(b.items) }

func (b *Builder[T]) Summary() string { return fmt.Sprintf("%d items: %s", b.Len(), b.Build()) }

func main() {
	b := &Builder[int]{}
	fmt.Println(b.Add(1).Add(2).Sep("+").Add(3).Build())
	fmt.Println(b.Summary())
	var sb Builder[string]
	sb.Sep(", ").Add("x").Add("y")
	fmt.Println(sb.Summary())
	fmt.Println(new(Builder[bool]).Summary())
}
