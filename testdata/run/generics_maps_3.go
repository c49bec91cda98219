package main

import (
	"fmt"
	"maps"
)

// maps functions without iterators: Clone, Copy, Equal, DeleteFunc, EqualFunc.
type Stock map[string]int

func main() {
	s := Stock{"apple": 5, "pear": 0, "fig": 2}
	c := maps.Clone(s)
	fmt.Printf("%T %v\n", c, maps.Equal(s, c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v == 0 })
	fmt.Println(len(c), c["apple"], maps.Equal(s, c))
	maps.Copy(c, map[string]int{"kiwi": 9, "apple": 1})
	fmt.Println(c["kiwi"], c["apple"], len(c))
	fmt.Println(maps.EqualFunc(map[int]string{1: "a"}, map[int]string{1: "A"}, func(a, b string) bool { return a != b }))
}
