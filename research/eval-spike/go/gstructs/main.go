package main

import "fmt"

type P struct{ x, y int }

// struct copy semantics + float arithmetic
func main() {
	p := P{1, 2}
	sum := 0
	f := 0.0
	for i := 0; i < 10000000; i++ {
		q := p
		q.x = q.x + i
		p.y = q.x & 255
		sum += q.x + p.y - p.x
		f = f*0.5 + float64(i&3)
	}
	if f > 1.0 {
		sum++
	}
	fmt.Println(sum, p.x, p.y)
}
