package main

import (
	"errors"
	"fmt"
	"math"
	"reflect"
)

type Node struct {
	Val  int
	Next *Node
}

type T struct {
	A int
	B []string
	C map[string]int
	d float64
}

func main() {
	nan := math.NaN()
	var nilMap map[string]int
	var nilSlice []int
	var nilPtr *int
	var f func()
	one, one2 := 1, 1
	cases := []struct {
		name string
		x, y any
	}{
		{"ints", 1, 1},
		{"int vs int64", 1, int64(1)},
		{"strings", "a", "a"},
		{"slices", []int{1, 2}, []int{1, 2}},
		{"slices differ", []int{1, 2}, []int{2, 1}},
		{"nil vs empty slice", nilSlice, []int{}},
		{"nil slices", nilSlice, []int(nil)},
		{"maps", map[string]int{"a": 1, "b": 2}, map[string]int{"b": 2, "a": 1}},
		{"maps differ", map[string]int{"a": 1}, map[string]int{"a": 2}},
		{"nil vs empty map", nilMap, map[string]int{}},
		{"NaN", nan, nan},
		{"NaN slice", []float64{nan}, []float64{nan}},
		{"pointers to equal", &one, &one2},
		{"nil pointers", nilPtr, (*int)(nil)},
		{"funcs nil", f, f},
		{"funcs", main, main},
		{"structs", T{1, []string{"x"}, map[string]int{"k": 1}, 2}, T{1, []string{"x"}, map[string]int{"k": 1}, 2}},
		{"structs unexported differ", T{d: 1}, T{d: 2}},
		{"arrays", [2]int{1, 2}, [2]int{1, 2}},
		{"nested any", []any{1, "a", []int{1}}, []any{1, "a", []int{1}}},
		{"nested any differ", []any{1, "a"}, []any{1, "b"}},
		{"nil nil", nil, nil},
		{"nil vs value", nil, 0},
		{"errors", errors.New("x"), errors.New("x")},
		{"bytes", []byte("abc"), []byte("abc")},
		{"map of slices", map[int][]int{1: {1}}, map[int][]int{1: {1}}},
		{"interface values", any(1), any(1)},
	}
	for _, c := range cases {
		fmt.Printf("%-26s %v\n", c.name, reflect.DeepEqual(c.x, c.y))
	}
	// Cycles end.
	a := &Node{Val: 1}
	a.Next = a
	b := &Node{Val: 1}
	b.Next = b
	fmt.Println("cycle", reflect.DeepEqual(a, b))
	c := &Node{Val: 1, Next: &Node{Val: 2}}
	c.Next.Next = c
	fmt.Println("cycle differ", reflect.DeepEqual(a, c))
	s := []any{nil}
	s[0] = s
	fmt.Println("self slice", reflect.DeepEqual(s, s))
	m := map[string]any{}
	m["self"] = m
	fmt.Println("self map", reflect.DeepEqual(m, m))
}
