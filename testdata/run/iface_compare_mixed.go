package main

import "fmt"

type E struct{}

func (*E) Error() string { return "E" }

func main() {
	var p *E
	var err error = p
	fmt.Println(err == nil, err != nil)
	fmt.Println(p == error(nil), (*E)(nil) == err)
	var i interface{} = (*int)(nil)
	fmt.Println(i == nil)
	var j any
	fmt.Println(j == nil, i != nil)
}

func init() {
	var i any = 3
	var s fmt.Stringer
	fmt.Println(i == 3, 3 == i, i != 4, i == "3", s == nil)
	var e error
	var pe *E
	fmt.Println(e == pe, pe == e, e == nil)
	x := 2.5
	var f any = x
	fmt.Println(f == x, f == 2.5, x == f)
}
