package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int  { return c.n }
func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }

func main() {
	var c Counter
	c.Inc()
	c.Add(2).Add(3)
	p := &c
	p.Inc()
	get := c.Get
	inc := p.Inc
	inc()
	f := (*Counter).Add
	f(p, 1)
	g := Counter.Get
	fmt.Println(c.Get(), p.Get(), get(), g(c), MyInt(21).Double())
}
