package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

// Live cyclic data reachable only in roundabout ways — a goroutine blocked on a channel, a
// closure, a timer's function, a value in the middle of an expression — must survive
// collections while garbage cycles around it are freed.

type node struct {
	prev, next *node
	owner      *ring
	val        int
}

type ring struct {
	head *node
	n    int
}

func build(n, seed int) *ring {
	r := &ring{n: n}
	var first, last *node
	for i := 0; i < n; i++ {
		nd := &node{owner: r, val: seed*1000 + i}
		if first == nil {
			first = nd
		} else {
			last.next = nd
			nd.prev = last
		}
		last = nd
	}
	last.next = first
	first.prev = last
	r.head = first
	return r
}

func (r *ring) check() int {
	s := 0
	nd := r.head
	for i := 0; i < r.n; i++ {
		if nd.owner != r || nd.next.prev != nd {
			return -1
		}
		s += nd.val
		nd = nd.next
	}
	return s
}

// garbage makes cyclic garbage and collects.
func garbage(rounds int) int {
	c := 0
	for i := 0; i < rounds; i++ {
		c += build(500, i).n
	}
	runtime.GC()
	return c
}

func main() {
	// Only a blocked goroutine holds this ring.
	start := make(chan bool)
	result := make(chan int)
	go func() {
		r := build(300, 1)
		<-start
		result <- r.check()
	}()
	runtime.Gosched()

	// Only a closure holds this one.
	counter := func() func() int {
		r := build(200, 2)
		return func() int { return r.check() }
	}()

	// Only a timer's function holds this one.
	var wg sync.WaitGroup
	wg.Add(1)
	timerSum := 0
	func() {
		r := build(250, 3)
		time.AfterFunc(20*time.Millisecond, func() {
			timerSum = r.check()
			wg.Done()
		})
	}()

	// A value mid-expression: the first operand is held by the evaluator alone while the
	// second makes garbage and collects.
	mid := build(150, 4).check() + garbage(50) + build(120, 5).check()
	both := func(a *ring, n int, b *ring) int { return a.check() + n + b.check() }(build(100, 6), garbage(40), build(90, 7))

	fmt.Println("mid", mid)
	fmt.Println("args", both)
	fmt.Println("closure", counter())
	garbage(100)
	start <- true
	fmt.Println("goroutine", <-result)
	garbage(30)
	wg.Wait()
	fmt.Println("timer", timerSum)
	fmt.Println("closure again", counter())
}
