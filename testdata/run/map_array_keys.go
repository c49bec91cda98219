package main

import (
	"fmt"
	"sort"
)

type Cell [2]int
type Key struct {
	Name string
	Pos  [2]int
}

func main() {
	grid := map[Cell]string{{0, 0}: "origin", {1, 2}: "a"}
	grid[Cell{3, 4}] = "b"
	c := Cell{1, 2}
	fmt.Println(grid[c], grid[Cell{9, 9}] == "", len(grid))
	c[0] = 3
	c[1] = 4
	fmt.Println(grid[c])
	var keys []Cell
	for k := range grid {
		k[0] += 100 // a copy: the map's key is untouched
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i][0] < keys[j][0] })
	fmt.Println(keys, grid[Cell{0, 0}])
	seen := map[Key]int{}
	seen[Key{"x", [2]int{1, 1}}]++
	seen[Key{"x", [2]int{1, 1}}]++
	seen[Key{"x", [2]int{1, 2}}]++
	fmt.Println(len(seen), seen[Key{"x", [2]int{1, 1}}])
	vals := map[string][3]int{"a": {1, 2, 3}}
	arr := vals["a"]
	arr[0] = 100
	got, ok := vals["a"]
	fmt.Println(got, ok, arr)
	rows := make([][3]int, 2, 4)
	rows[0][1] = 5
	rows = append(rows, [3]int{7, 8, 9})
	more := append([][3]int{}, rows...)
	more[0][0] = -1
	cp := make([][3]int, 2)
	n := copy(cp, rows)
	cp[0][2] = 42
	fmt.Println(rows, more, cp, n)
	var any1 map[any]int = map[any]int{}
	any1[[2]string{"a", "b"}] = 1
	any1[Cell{1, 1}] = 2
	fmt.Println(any1[[2]string{"a", "b"}], any1[Cell{1, 1}], any1[[2]int{1, 1}])
	var k any = map[string]int{}
	defer func() { fmt.Println("recovered:", recover()) }()
	any1[k] = 3
}
