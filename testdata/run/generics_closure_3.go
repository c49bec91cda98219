package main

import "fmt"

// Generic event bus: handlers stored as closures per event type.
type Bus[E any] struct {
	handlers []func(E)
}

func (b *Bus[E]) Subscribe(h func(E)) {
	b.handlers = append(b.handlers, h)
}

func (b *Bus[E]) Publish(e E) int {
	for _, h := range b.handlers {
		h(e)
	}
	return len(b.handlers)
}

type Login struct{ User string }

func main() {
	var logins Bus[Login]
	count := 0
	logins.Subscribe(func(l Login) { fmt.Println("welcome", l.User) })
	logins.Subscribe(func(Login) { count++ })
	logins.Publish(Login{"ann"})
	n := logins.Publish(Login{"bob"})
	fmt.Println(count, n)
	var ints Bus[int]
	sum := 0
	ints.Subscribe(func(i int) { sum += i })
	for i := 1; i <= 10; i++ {
		ints.Publish(i)
	}
	fmt.Println(sum)
}
