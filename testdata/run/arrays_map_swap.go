package main

import "fmt"

type P struct {
	Name string
	Arr  [2]int
}

type Grid [3][3]byte

func main() {
	m := map[string]P{}
	m["a"] = P{"a", [2]int{1, 2}}
	m["b"] = P{Name: "b"}
	p := m["a"]
	p.Arr[0] = 99
	fmt.Println(m["a"].Arr[0], m["a"].Arr, p.Arr, len(m["b"].Arr))
	for _, k := range []string{"a", "b", "c"} {
		v, ok := m[k]
		fmt.Println(k, v, ok, v.Arr[1])
	}
	ma := map[int][3]string{}
	ma[1] = [3]string{"x", "y", "z"}
	arr := ma[1]
	arr[0] = "changed"
	fmt.Println(ma, arr, ma[2])
	x, y := [2]int{1, 2}, [2]int{3, 4}
	s := x[:]
	x, y = y, x
	fmt.Println(x, y, s)
	p1, p2 := P{"p1", [2]int{1, 1}}, P{"p2", [2]int{2, 2}}
	ptr := &p1.Arr
	p1, p2 = p2, p1
	ptr[0] = 7
	fmt.Println(p1, p2)
	var g Grid
	g[1][1] = 'X'
	gs := map[string]Grid{"g": g}
	g2 := gs["g"]
	g2[0][0] = 'O'
	fmt.Println(gs["g"][1][1], g2[0][0], gs["g"][0][0])
	var _, z = x, y
	_, z = y, x
	fmt.Println(z)
	ps := []P{{"a", [2]int{1, 2}}, {"b", [2]int{3, 4}}}
	ps[0], ps[1] = ps[1], ps[0]
	ps[0].Arr[0] = 100
	fmt.Println(ps)
	type Pair struct{ A, B [2]string }
	pp := Pair{[2]string{"a", "b"}, [2]string{"c", "d"}}
	pp.A, pp.B = pp.B, pp.A
	fmt.Println(pp)
	i := 0
	a := []int{10, 20, 30}
	i, a[i] = 2, 5
	fmt.Println(i, a)
	a[i], i = 7, 1
	fmt.Println(i, a)
}
