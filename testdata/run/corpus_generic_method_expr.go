// Method expressions `T.M` with T a type parameter: the type argument's method (value
// and pointer receivers, an instance of a generic type, an interface type argument).
package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type myint int

func (m myint) String() string { return "myint " + strconv.Itoa(int(m)) }

type box[T any] struct{ v T }

func (b box[T]) String() string { return fmt.Sprint("box ", b.v) }

type counter struct{ n int }

func (c *counter) String() string { c.n++; return "counter " + strconv.Itoa(c.n) }

func each[T Stringer](xs ...T) {
	f := T.String
	for _, x := range xs {
		fmt.Println(f(x))
	}
}

// A method expression called at once: T.M(x).
func call[T Stringer](x T) string { return T.String(x) }

func main() {
	fmt.Println(call(myint(5)), call(&counter{}), call[Stringer](box[int]{6}))
	each(myint(1), myint(2))
	each(box[string]{"a"}, box[string]{"b"})
	c := &counter{}
	each(c, c)
	each[Stringer](myint(3), box[int]{4}, c)
	defer func() { fmt.Println("recovered:", recover()) }()
	each[Stringer](nil)
}
