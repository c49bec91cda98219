// run

package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type Vec struct{ X, Y float64 }

func push(head *Node, v int) *Node {
	return &Node{Val: v, Next: head}
}

func inc(p *int) { *p++ }

func scale(v *Vec, k float64) {
	v.X *= k
	v.Y *= k
}

func main() {
	var head *Node
	fmt.Println(head == nil, head)
	for i := 1; i <= 4; i++ {
		head = push(head, i*10)
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	head.Next.Val = 99
	fmt.Println(head.Next.Val, head.Next.Next.Val)

	n := 1
	p := &n
	inc(p)
	inc(&n)
	*p *= 10
	fmt.Println(n, *p, p == &n)

	v := Vec{1, 2}
	vp := &v
	scale(vp, 3)
	scale(&v, 0.5)
	fmt.Println(v, *vp, vp)
	w := *vp // a copy
	w.X = 100
	fmt.Println(v, w)

	q := new(Vec)
	q.Y = 4
	r := q // the same variable
	r.X = 7
	fmt.Println(*q, q == r, q == vp)
	ip := new(int)
	*ip = 42
	fmt.Println(*ip)

	// Pointers to fields and slice elements.
	fx := &v.X
	*fx = -1
	xs := []int{1, 2, 3}
	e := &xs[2]
	*e += 30
	vs := []Vec{{1, 1}, {2, 2}}
	ve := &vs[1]
	ve.Y = 9
	fmt.Println(v, xs, vs, *e, e == &xs[2], e == &xs[1])
	fmt.Printf("%v %+v\n", &Vec{1, 2}, &Vec{3, 4})
}
