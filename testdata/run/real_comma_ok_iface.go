package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func main() {
	var v interface{}
	var ok bool
	m := map[string]interface{}{"n": 1, "s": "str"}
	v, ok = m["n"]
	fmt.Println(v, ok)
	v, ok = m["zz"]
	fmt.Println(v, ok)
	var x interface{} = Sq{2}
	var sh Shape
	sh, ok = x.(Shape)
	fmt.Println(sh.Area(), ok)
	var e error
	e, ok = x.(error)
	fmt.Println(e, ok)
	ch := make(chan interface{}, 2)
	ch <- "hello"
	close(ch)
	v, ok = <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	var n int
	n, ok = x.(int)
	fmt.Println(n, ok)
	err := fmt.Errorf("x: %w", errors.New("base"))
	var target interface{ Unwrap() error }
	fmt.Println(errors.As(err, &target), target != nil)
	fmt.Println(any(3) == any(3), error(nil) == nil)
	var s fmt.Stringer
	fmt.Println(s == nil)
}
