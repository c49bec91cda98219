package main

import "fmt"

type P struct {
	A int
	B string
}

type Q struct {
	P
	L    []int
	M    map[string]P
	next *Q
	F    float64
	On   bool
}

type Grid [2][3]int

type Tree struct {
	Left, Right *Tree
	Val         int
}

func main() {
	q := Q{P: P{1, "z"}, L: []int{9, 8}, M: map[string]P{"k": {2, "v"}, "a": {3, "w"}}, F: 2.5, On: true}
	fmt.Printf("%v\n%+v\n%#v\n%T\n", q, q, q, q)
	fmt.Println(&q.P, []P{{1, "a"}, {2, "b"}}, [2]P{})
	fmt.Printf("%v %+v %#v\n", &P{1, "x"}, &P{2, "y"}, &P{3, "z"})
	fmt.Printf("%d %x %s %q %5v|\n", P{1, "x"}, P{255, "hi"}, P{2, "s"}, P{3, "q"}, P{4, "w"})

	// Maps print sorted by key.
	fmt.Println(map[string]int{"b": 2, "a": 1, "c": 3}, map[int]string{3: "c", -1: "z", 0: "o"})
	var zero float64
	nan := zero / zero
	fmt.Println(map[float64]string{2.5: "x", -1: "y", nan: "n", 0: "z"}, map[bool]int{true: 1, false: 0})
	fmt.Println(map[P]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Printf("%v %#v %+v\n", map[string][]int{"z": {1}, "a": nil}, map[string]int{"a": 1, "b": 2}, map[string]P{"k": {1, "v"}})
	fmt.Printf("%x %X %d\n", map[string]int{"ab": 255}, map[int]int{10: 11}, map[uint8]bool{2: true})

	// Nested slices and arrays.
	g := Grid{{1, 2, 3}, {4, 5, 6}}
	fmt.Printf("%v %#v %T\n", g, g, g)
	fmt.Println([][]string{{"a"}, {}, nil}, [][]int{{1, 2}, {3}}, [0]int{}, [3]bool{true})
	fmt.Printf("%#v %#v %#v\n", [][]string{{"a"}, nil}, [0]int{}, [2]float64{1, 0.5})
	fmt.Printf("%5d|%-4v|%03x|%.1f\n", []int{1, 22}, []int{3}, []uint{10, 255}, []float64{1.25, 2})

	// Nil values of every kind.
	var np *P
	var ns []int
	var nm map[string]int
	var ne error
	var na any
	var nf func()
	var nc chan int
	fmt.Println(np, ns, nm, ne, na, nf == nil, nc)
	fmt.Printf("%v %v %v %v %v\n", np, ns, nm, ne, na)
	fmt.Printf("%#v %#v %#v %#v %#v\n", np, ns, nm, ne, na)
	fmt.Printf("%+v %d %s %x\n", ns, ns, nm, np)
	fmt.Println([]*P{nil}, []any{nil, 1, "a", ns, nm}, map[string]any{"x": nil, "y": []int{1}})
	fmt.Printf("%#v\n", []any{nil, 1, "a", 2.5, true, ns})

	// Pointers below the top level print as addresses; at the top, &{...}.
	t := &Tree{Val: 1, Left: &Tree{Val: 2}}
	fmt.Println(t.Left.Left == nil, t.Val, *t.Left)
	fmt.Printf("%v %+v\n", *t.Left, Tree{Val: 3})

	// Empty and anonymous struct types.
	type empty struct{}
	fmt.Printf("%v %+v %#v %T\n", empty{}, empty{}, empty{}, empty{})
}
