// `for k, v = range x` assigning to variables of interface type: each key and value
// becomes an interface value of its own type (slices, arrays, strings, maps, channels,
// integers, in generic code too).
package main

import "fmt"

type V int

func (V) M() int { return 1 }

type iface interface{ M() int }

func show(k, v any) { fmt.Printf("%T %v %T %v\n", k, k, v, v) }

func generic[E iface](xs []E) (k any, v iface) {
	for k, v = range xs {
	}
	return
}

func main() {
	var k, v any
	for k, v = range []V{7} {
	}
	show(k, v)
	for k, v = range map[string]float64{"a": 1.5} {
	}
	show(k, v)
	for k, v = range [...]bool{true} {
	}
	show(k, v)
	for k, v = range "hé" {
	}
	show(k, v)
	c := make(chan *V, 1)
	c <- nil
	close(c)
	for v = range c {
	}
	fmt.Printf("%T %v %v\n", v, v, v == nil)
	for k = range 3 {
	}
	show(k, nil)
	for k = range uint8(2) {
	}
	show(k, nil)
	var s fmt.Stringer
	for _, s = range []fmt.Stringer{nil} {
	}
	fmt.Println(s == nil)
	show(generic([]V{4, 5}))
}
