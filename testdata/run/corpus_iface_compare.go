package main

import "fmt"

type E struct{}

func (*E) Error() string { return "E" }

type P struct{ x, y int }

// A non-interface operand compared with an interface is converted to the interface type
// first (so its dynamic type takes part), whichever side it is on.
func main() {
	var p *E
	var err error
	fmt.Println(p == err, err == p, p != err, (*E)(nil) == error(nil))
	err = p
	fmt.Println(err == nil, p == err, err == p)
	var a any = 5
	fmt.Println(5 == a, a == 5, int64(5) == a, a == int64(5), 5 == interface{}(5))
	x := 5
	fmt.Println(x == a, a != x, "5" == a)
	var q any = P{1, 2}
	fmt.Println(P{1, 2} == q, q == P{2, 1})
	var f fmt.Stringer
	fmt.Println(f == nil, nil == f)

	var s1, s2 any = []int{1}, []int{1}
	fmt.Println(s1 == 5)
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(s1 == s2)
}
