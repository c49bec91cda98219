package main

import "fmt"

type vec struct {
	xs [3]int
}

func fill(p *[3]int, v int) {
	for i := range p {
		p[i] = v + i
	}
}

func main() {
	var a [3]int
	p := &a
	p[0] = 1
	fmt.Println(a, len(p), cap(p), p[0])
	fill(&a, 10)
	fmt.Println(a)
	for i, v := range p {
		fmt.Println(i, v)
	}
	s := p[1:]
	s[0] = 99
	fmt.Println(a, *p, s)
	b := *p
	b[0] = -1
	fmt.Println(a[0], b[0])
	q := new([2]string)
	q[1] = "hi"
	fmt.Println(*q, len(q))
	v := &vec{}
	v.xs[2] = 5
	r := &v.xs
	r[0] = 4
	fmt.Println(v.xs, *r)
	*p = [3]int{7, 8, 9}
	fmt.Println(a)
	fmt.Printf("%v %T\n", p, p)
}
