package main

import "fmt"

func main() {
	a := [...]int{5: 1, 2, 3}
	b := [3]string{2: "c", 0: "a"}
	s := []int{9: 0}
	m := map[[2]int]string{{1, 2}: "x", {3, 4}: "y"}
	mm := map[string][]int{"a": {1, 2}}
	var grid [2][3]int
	grid[1][2] = 7
	fmt.Println(len(a), a[7], b, len(s), m[[2]int{1, 2}], mm, grid)
}
