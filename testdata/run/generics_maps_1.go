package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	c := maps.Clone(m)
	c["d"] = 4
	fmt.Println(len(m), len(c), maps.Equal(m, c))
	delete(c, "d")
	fmt.Println(maps.Equal(m, c))
	dst := map[string]int{"a": 100, "z": 26}
	maps.Copy(dst, m)
	fmt.Println(slices.Sorted(maps.Keys(dst)), dst["a"], dst["z"])
	maps.DeleteFunc(dst, func(k string, v int) bool { return v%2 == 0 })
	fmt.Println(slices.Sorted(maps.Keys(dst)))
	sum := 0
	for k, v := range maps.All(m) {
		sum += v * len(k)
	}
	fmt.Println(sum)
	col := maps.Collect(maps.All(m))
	fmt.Println(maps.Equal(col, m), len(col))
	fmt.Println(maps.EqualFunc(m, map[string]float64{"a": 1, "b": 2, "c": 3}, func(x int, y float64) bool { return float64(x) == y }))
	var nilMap map[string]int
	fmt.Println(maps.Clone(nilMap) == nil, len(slices.Collect(maps.Keys(nilMap))))
}
