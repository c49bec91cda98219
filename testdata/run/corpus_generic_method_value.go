// Method values `v.M` where v's type is a type parameter: the method of the type
// argument (value and pointer receivers, an interface type argument), the receiver
// copied when the method value is made; a nil interface receiver panics there.
package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type myint int

func (i myint) String() string { return strconv.Itoa(int(i)) }

type counter struct{ n int }

func (c *counter) String() string { c.n++; return "count " + strconv.Itoa(c.n) }

type pair struct{ a, b string }

func (p pair) String() string { return p.a + "/" + p.b }

func values[T Stringer](s []T) (ret []string) {
	for _, v := range s {
		f := v.String
		ret = append(ret, f())
	}
	return ret
}

func early[T Stringer](v T, change func(*T)) string {
	f := v.String
	change(&v)
	return f() + " then " + v.String()
}

func main() {
	fmt.Println(values([]myint{1, 2, 3}))
	c := &counter{}
	fmt.Println(values([]*counter{c, c}), c.n)
	fmt.Println(values([]Stringer{myint(7), pair{"x", "y"}}))
	fmt.Println(early(pair{"a", "b"}, func(p *pair) { p.a = "z" }))
	fmt.Println(early(myint(4), func(p *myint) { *p = 9 }))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(values([]Stringer{myint(1), nil}))
}
