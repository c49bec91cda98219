package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	slices.Sort(xs)
	fmt.Println(xs, slices.IsSorted(xs))
	i, found := slices.BinarySearch(xs, 8)
	fmt.Println(i, found, slices.Contains(xs, 4), slices.Index(xs, 9))
	fmt.Println(slices.Max(xs), slices.Min(xs))
	ss := []string{"pear", "apple", "fig"}
	slices.Sort(ss)
	fmt.Println(ss)
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}}
	slices.SortStableFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(people)
	slices.SortFunc(people, func(a, b Person) int {
		if c := cmp.Compare(b.Age, a.Age); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	fmt.Println(people)
	ys := slices.Clone(xs)
	slices.Reverse(ys)
	fmt.Println(ys, xs, slices.Equal(xs, ys))
	ys = append(ys[:2], append([]int{100}, ys[2:]...)...)
	fmt.Println(ys)
	ys = slices.Delete(ys, 0, 2)
	fmt.Println(ys, len(ys))
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	ys = slices.DeleteFunc(ys, func(x int) bool { return x > 50 })
	fmt.Println(ys)
	m := map[string]int{"a": 1, "b": 2}
	m2 := maps.Clone(m)
	m2["c"] = 3
	fmt.Println(len(m), len(m2), maps.Equal(m, m2))
	maps.DeleteFunc(m2, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(m2)
	fmt.Println(cmp.Compare(1.5, 2.5), cmp.Less("b", "a"), min(3, 1, 2), max("x", "y"))
	big := make([]int, 100)
	for i := range big {
		big[i] = (i * 37) % 101
	}
	slices.Sort(big)
	fmt.Println(big[:10], slices.IsSorted(big))
}
