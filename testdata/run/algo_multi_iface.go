// A call's several results assigned or returned where interfaces are expected: each
// result of concrete type gets its dynamic type (seen in TheAlgorithms' fuzz corpus
// parser: `return strconv.Unquote(s)` from a func returning (any, error)).
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type shape interface{ area() float64 }

type sq float64

func (s sq) area() float64 { return float64(s * s) }

type myErr struct{ msg string }

func (e *myErr) Error() string { return e.msg }

type num int

func (n num) String() string { return "num" + strconv.Itoa(int(n)) }

func two() (string, error)            { return "two", nil }
func sqr() (sq, error)                { return 3, nil }
func pair() (int, int64)              { return 1, 2 }
func failing() (int, error)           { return 0, errors.New("bad") }
func typedNil() (int, *myErr)         { return 1, nil }
func mk() (num, bool)                 { return 7, true }
func asAny() (any, error)             { return two() }
func asShape() (shape, error)         { return sqr() }
func anyPair() (any, any)             { return pair() }
func failed() (any, error)            { return failing() }
func stringer() (fmt.Stringer, error) { return nil, nil }
func parsed(s string) (any, error)    { return strconv.ParseInt(s, 0, 64) }

// withErr returns a typed nil *myErr as an error: not a nil error.
func withErr() (int, error) { return typedNil() }

// named results, set from a call inside a function with a deferred call.
func named() (v any, err error) {
	defer func() { v = fmt.Sprintf("%v/%T", v, v) }()
	v, err = two()
	return
}

type box struct{ v any }

func (b box) get() (any, error) { return sqr() }

func main() {
	v, err := asAny()
	fmt.Printf("%v %T %v\n", v, v, err)
	s, _ := asShape()
	fmt.Printf("%v %T %v\n", s, s, s.area())
	a, b := anyPair()
	fmt.Printf("%v %T %v %T\n", a, a, b, b)
	p, err := parsed("0x10")
	fmt.Printf("%v %T %v\n", p, p, err)
	p, err = parsed("x")
	fmt.Printf("%v %T %v\n", p, p, err)
	f, err := failed()
	fmt.Printf("%v %T %v\n", f, f, err)
	st, _ := stringer()
	fmt.Println(st == nil)
	n, err := withErr()
	fmt.Println(n, err == nil, err != nil)
	g := func() (any, error) { return two() }
	fmt.Println(g())
	fmt.Println(named())
	get := box{}.get
	fmt.Println(get())

	// Assignments of a call's results to interface variables, map entries, elements.
	var x any
	x, err = two()
	fmt.Printf("%v %T %v\n", x, x, err)
	var sv fmt.Stringer
	var ok bool
	sv, ok = mk()
	fmt.Println(sv, ok, sv.String())
	var y, e2 any = two()
	fmt.Printf("%v %T %v\n", y, y, e2)
	m := map[string]any{}
	m["a"], ok = mk()
	fmt.Printf("%v %T\n", m["a"], m["a"])
	arr := make([]any, 2)
	arr[0], arr[1] = mk()
	fmt.Printf("%T %T\n", arr[0], arr[1])
	var e3 error
	_, e3 = typedNil()
	fmt.Println(e3 == nil)
	switch t := x.(type) {
	case string:
		fmt.Println("string", t)
	default:
		fmt.Println("other")
	}
	// A typed nil in an interface: calling its method panics in the method.
	var e4 error
	_, e4 = typedNil()
	fmt.Println(e4.Error())
}
