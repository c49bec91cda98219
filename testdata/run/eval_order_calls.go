package main

import "fmt"

var trace []string

func g(p *int) int { *p += 10; return *p }
func h(s string) string { trace = append(trace, s); return s }
func pair(a, b int) (int, int) { return a, b }

type T struct{ v int }

func (t *T) inc() int { t.v++; return t.v }

func main() {
	n := 1
	fmt.Println(g(&n), n)
	n = 1
	a := []int{n, g(&n), n}
	fmt.Println(a)
	n = 1
	x := n + g(&n)
	fmt.Println(x)
	n = 1
	y := g(&n) + n
	fmt.Println(y)
	t := &T{}
	fmt.Println(t.v, t.inc(), t.v)
	m := map[string]int{h("k1"): len(h("v1")), h("k2"): 2}
	fmt.Println(len(m), trace)
	s := fmt.Sprint(h("a"), h("b")) + h("c")
	fmt.Println(s, trace)
	n = 5
	p, q := n, g(&n)
	fmt.Println(p, q)
	arr := [3]int{}
	i := 0
	arr[i], i = 2, g(&i)
	fmt.Println(arr, i)
	st := struct{ A, B int }{n, g(&n)}
	fmt.Println(st)
	fmt.Println(pair(n, g(&n)))
	str := "x"
	f := func() string { str += "y"; return str }
	fmt.Println(str + f())
	fmt.Println(f() + str)
}
