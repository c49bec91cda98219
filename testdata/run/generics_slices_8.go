package main

import (
	"cmp"
	"fmt"
	"slices"
)

// slices sorting and editing functions without variadic calls.
type Person struct {
	Name string
	Age  int
}

func byAge(a, b Person) int { return cmp.Compare(a.Age, b.Age) }

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 35}}
	slices.SortStableFunc(people, byAge)
	fmt.Println(people)
	slices.SortFunc(people, func(a, b Person) int {
		if c := cmp.Compare(b.Age, a.Age); c != 0 {
			return c
		}
		return cmp.Compare(a.Name, b.Name)
	})
	fmt.Println(people)
	fmt.Println(slices.MaxFunc(people, byAge), slices.MinFunc(people, byAge))
	i, ok := slices.BinarySearchFunc([]Person{{"A", 1}, {"B", 5}, {"C", 9}}, 5, func(p Person, t int) int { return cmp.Compare(p.Age, t) })
	fmt.Println(i, ok)
	fmt.Println(slices.ContainsFunc(people, func(p Person) bool { return p.Name == "Dan" }))
	s := []string{"a", "b", "c", "d", "e"}
	s = slices.Delete(s, 1, 3)
	fmt.Println(s, len(s))
	d := slices.Compact([]int{1, 1, 2, 2, 2, 3, 1, 1})
	fmt.Println(d, len(d))
	z := slices.DeleteFunc([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%3 == 0 })
	fmt.Println(z)
	c := slices.Clone(z)
	slices.Reverse(c)
	fmt.Println(c, z, slices.Equal(c, z), slices.Equal([]int{}, nil))
	fmt.Println(slices.IsSortedFunc(people, func(a, b Person) int { return byAge(b, a) }))
}
