// run

package main

import "fmt"

type Counter struct {
	n    int
	name string
}

func (c *Counter) Inc()         { c.n++ }
func (c *Counter) Add(k int)    { c.n += k }
func (c Counter) Get() int      { return c.n }
func (c Counter) Label() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

// A value receiver gets a copy: changes to it are lost.
func (c Counter) Reset() { c.n = 0 }

type Named struct {
	Counter
	extra int
}

type Wrapper struct {
	*Counter
	id int
}

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.Val + t.Left.Sum() + t.Right.Sum()
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func main() {
	c := Counter{name: "c"}
	c.Inc()
	c.Add(5)
	c.Reset()
	fmt.Println(c.Get(), c.Label())
	p := &c
	p.Inc()
	fmt.Println(p.Get(), c.n)

	nm := Named{Counter{0, "nm"}, 1}
	nm.Inc()
	nm.Counter.Add(2)
	fmt.Println(nm.Get(), nm.Label(), nm.n, nm.extra)

	w := Wrapper{&Counter{10, "w"}, 7}
	w.Inc()
	fmt.Println(w.Get(), w.Counter.n)

	cs := []Counter{{1, "a"}, {2, "b"}}
	cs[1].Add(40)
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs[0].Get(), cs[1].Label())

	temp := Celsius(100)
	fmt.Println(temp.F())

	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9} {
		root = root.Insert(v)
	}
	fmt.Println(root.Sum(), root.Left.Val, root.Right.Right.Val)
}
