package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []string{"a", "b", "c", "d"}
	s = slices.Insert(s, 1, "x", "y")
	fmt.Println(s, len(s))
	s = slices.Delete(s, 0, 2)
	fmt.Println(s, len(s))
	slices.Reverse(s)
	fmt.Println(s)
	c := slices.Clone(s)
	c[0] = "changed"
	fmt.Println(s[0], c[0], slices.Equal(s, c))
	fmt.Println(slices.Equal([]int{1, 2}, []int{1, 2}), slices.Equal([]int{}, nil))
	d := []int{1, 1, 2, 2, 2, 3, 1, 1}
	d = slices.Compact(d)
	fmt.Println(d, len(d))
	e := slices.Insert([]int{}, 0, 7)
	fmt.Println(e)
	fmt.Println(slices.Clone([]int(nil)) == nil)
	z := slices.DeleteFunc([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%3 == 0 })
	fmt.Println(z)
}
