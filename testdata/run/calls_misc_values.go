package main

import (
	"fmt"
	"strings"
)

type Vec [3]float64

func (v Vec) Add(o Vec) Vec {
	for i := range v {
		v[i] += o[i]
	}
	return v
}

func (v *Vec) Scale(k float64) {
	for i := range v {
		v[i] *= k
	}
}

func pair() (int, string) { return 7, "seven" }

func join(sep string, xs ...string) string { return strings.Join(xs, sep) }

func two() (string, string) { return "a", "b" }

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}

func main() {
	a := Vec{1, 2, 3}
	b := a.Add(Vec{1, 1, 1})
	b.Scale(2)
	fmt.Println(a, b)
	fmt.Println(pair())
	n, s := pair()
	fmt.Println(n, s)
	var st Stack
	st.Push(1)
	st.Push(2)
	fmt.Println(st.Pop(), st, len(st))
	m := map[string][]string{}
	m["a"] = append(m["a"], "x", "y")
	fmt.Println(m, len(m["a"]))
	grid := [2][2]string{{"a", "b"}, {"c", "d"}}
	for _, row := range grid {
		fmt.Println(strings.Join(row[:], "|"))
	}
	type kv struct {
		k string
		v int
	}
	items := []kv{{"x", 1}, {"y", 2}}
	ptrs := []*kv{}
	for i := range items {
		ptrs = append(ptrs, &items[i])
	}
	ptrs[0].v = 100
	fmt.Println(items, *ptrs[1])
	fmt.Printf("%v %+v\n", items[0], &items[1])
	x := 10
	inc := func() { x++ }
	inc()
	fmt.Println(x)
	var iface any = []int{1, 2}
	if sl, ok := iface.([]int); ok {
		fmt.Println(len(sl), sl[1])
	}
	fmt.Println(join("-", "a", "b"))
	fmt.Println(join(two()))
}
