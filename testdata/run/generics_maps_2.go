package main

import (
	"fmt"
	"maps"
	"slices"
)

// maps.Insert, Collect with named map types, and sorted output from maps.Keys.
type Inventory map[string]int

func main() {
	inv := Inventory{"apple": 3, "pear": 0, "fig": 7}
	cl := maps.Clone(inv)
	fmt.Printf("%T\n", cl)
	maps.DeleteFunc(cl, func(_ string, n int) bool { return n == 0 })
	for _, k := range slices.Sorted(maps.Keys(cl)) {
		fmt.Println(k, cl[k])
	}
	extra := map[string]int{"kiwi": 2}
	maps.Insert(cl, maps.All(extra))
	fmt.Println(len(cl), cl["kiwi"])
	idx := maps.Collect(slices.All([]string{"zero", "one", "two"}))
	fmt.Println(idx[1], len(idx))
	byName := map[int]string{}
	maps.Insert(byName, slices.All([]string{"a", "b"}))
	fmt.Println(byName)
}
