// Value semantics: arrays copy, slices alias (until append reallocates), structs with
// arrays as map keys, comparing structs and interfaces, and copy/append subtleties.
package main

import (
	"fmt"
	"slices"
)

type Point struct{ X, Y int }
type Grid [3][3]int

type Key struct {
	Name string
	Pos  Point
}

func modifyArray(a [3]int) { a[0] = 100 }
func modifySlice(s []int)  { s[0] = 100 }
func grow(s []int) []int    { return append(s, 4) }

func main() {
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[1] = 20
	modifyArray(arr)
	fmt.Println(arr, arr2, arr == [3]int{1, 2, 3})

	sl := []int{1, 2, 3}
	alias := sl
	modifySlice(alias)
	fmt.Println(sl, alias)

	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(a, b, a[3] == b[3], len(base), cap(base))
	full := []int{1, 2, 3}
	c := append(full, 4)
	d := append(full, 5)
	fmt.Println(c, d)
	sub := full[1:2]
	fmt.Println(sub, len(sub), cap(sub))
	sub = append(sub, 99)
	fmt.Println(full, sub)
	limited := full[0:1:1]
	limited = append(limited, 77)
	fmt.Println(full, limited)

	var g Grid
	g2 := g
	g2[1][1] = 5
	fmt.Println(g == Grid{}, g2 != g, g2)

	visits := map[Key]int{}
	visits[Key{"home", Point{0, 0}}]++
	visits[Key{"home", Point{0, 0}}]++
	visits[Key{"work", Point{3, 4}}]++
	fmt.Println(len(visits), visits[Key{"home", Point{}}], visits)
	byArray := map[[2]string]bool{{"a", "b"}: true}
	fmt.Println(byArray[[2]string{"a", "b"}], byArray[[2]string{"b", "a"}])

	var i1, i2 any = Point{1, 2}, Point{1, 2}
	var i3 any = &Point{1, 2}
	var i4 any = &Point{1, 2}
	fmt.Println(i1 == i2, i3 == i4, i1 != nil)
	p := Point{1, 2}
	pp := &p
	pp.X = 10
	q := *pp
	q.Y = 20
	fmt.Println(p, q, *pp)

	structs := []Point{{1, 1}, {2, 2}}
	for _, s := range structs {
		s.X = 99
	}
	for i := range structs {
		structs[i].Y *= 10
	}
	fmt.Println(structs)
	ptrs := []*Point{{1, 1}, {2, 2}}
	for _, s := range ptrs {
		s.X = 7
	}
	fmt.Println(*ptrs[0], *ptrs[1])

	m := map[string][]int{}
	m["a"] = append(m["a"], 1, 2)
	m2 := m
	m2["b"] = []int{3}
	fmt.Println(len(m), m)
	mp := map[string]Point{"o": {}}
	pt := mp["o"]
	pt.X = 5
	fmt.Println(mp["o"], pt)

	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst, copy(src, src[2:]), src)
	fmt.Println(grow(make([]int, 3, 3)), slices.Equal(nil, []int{}), []int(nil) == nil)
	strs := [][]string{{"a"}, {"b", "c"}}
	clone := slices.Clone(strs)
	clone[0][0] = "changed"
	clone[1] = nil
	fmt.Println(strs, clone)
	var empty struct{}
	fmt.Println(empty == struct{}{}, [0]int{} == [0]int{})
}
