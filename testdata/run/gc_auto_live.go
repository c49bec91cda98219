package main

import "fmt"

// Enough cyclic garbage that collections start on their own (no runtime.GC), while live
// cycles are held only by a channel's buffer, a map value, an interface in a slice, a
// blocked goroutine and a closure's captured variable.

type node struct {
	next, prev *node
	home       map[int]*node
	box        []any
	val        int
}

func ring(n, seed int) *node {
	home := map[int]*node{}
	first := &node{val: seed, home: home}
	home[0] = first
	last := first
	for i := 1; i < n; i++ {
		nd := &node{prev: last, val: seed + i, home: home}
		nd.box = []any{nd, last}
		last.next = nd
		home[i] = nd
		last = nd
	}
	last.next = first
	first.prev = last
	return first
}

func sum(nd *node, n int) int {
	s := 0
	for i := 0; i < n; i++ {
		if nd.next.prev != nd || nd.home[i] != nd {
			return -1
		}
		if i > 0 && nd.box[0].(*node) != nd {
			return -2
		}
		s += nd.val
		nd = nd.next
	}
	return s
}

func main() {
	buf := make(chan *node, 1)
	buf <- ring(300, 1)
	byName := map[string]any{"r": ring(200, 2)}
	mixed := []any{1, "x", ring(100, 3)}
	done := make(chan int)
	wake := make(chan bool)
	go func() {
		r := ring(150, 4)
		<-wake
		done <- sum(r, 150)
	}()
	check := func() func() int {
		r := ring(120, 5)
		return func() int { return sum(r, 120) }
	}()

	junk := 0
	for round := 0; round < 120; round++ {
		r := ring(600, round)
		junk += sum(r, 600) % 1000
	}
	fmt.Println("junk", junk)
	fmt.Println("chan", sum(<-buf, 300))
	fmt.Println("map", sum(byName["r"].(*node), 200))
	fmt.Println("iface", sum(mixed[2].(*node), 100))
	wake <- true
	fmt.Println("goroutine", <-done)
	fmt.Println("closure", check())
}
