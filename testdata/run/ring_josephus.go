package main

import (
	"container/ring"
	"fmt"
)

func main() {
	n, k := 7, 3
	r := ring.New(n)
	for i := 1; i <= n; i++ {
		r.Value = i
		r = r.Next()
	}
	r = r.Prev()
	var order []any
	for r.Len() > 1 {
		r = r.Move(k - 1)
		order = append(order, r.Unlink(1).Value)
	}
	fmt.Println(order, r.Value)
	sum := 0
	q := ring.New(4)
	for i := 0; i < 4; i++ {
		q.Value = i * i
		q = q.Next()
	}
	q.Do(func(v any) { sum += v.(int) })
	fmt.Println(sum)
}
