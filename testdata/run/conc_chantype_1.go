package main

import "fmt"

// Methods on a named channel type: a queue with a bounded capacity.
type Queue chan string

func NewQueue(n int) Queue { return make(Queue, n) }

func (q Queue) Push(s string) bool {
	select {
	case q <- s:
		return true
	default:
		return false
	}
}

func (q Queue) Pop() (string, bool) {
	select {
	case s := <-q:
		return s, true
	default:
		return "", false
	}
}

func (q Queue) Size() int { return len(q) }

type Events <-chan int

func (e Events) Sum() int {
	t := 0
	for v := range e {
		t += v
	}
	return t
}

func main() {
	q := NewQueue(2)
	fmt.Println(q.Push("a"), q.Push("b"), q.Push("c"), q.Size(), cap(q))
	s, ok := q.Pop()
	fmt.Println(s, ok, q.Size())
	q <- "direct"
	for q.Size() > 0 {
		s, _ := q.Pop()
		fmt.Println("popped", s)
	}
	_, ok = q.Pop()
	fmt.Println("empty pop:", ok)
	c := make(chan int, 4)
	for i := 1; i <= 4; i++ {
		c <- i * i
	}
	close(c)
	fmt.Println("sum:", Events(c).Sum())
	fmt.Printf("%T %T\n", q, Events(c))
}
