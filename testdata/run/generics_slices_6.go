package main

import (
	"fmt"
	"slices"
)

// slices functions without variadic calls: Index, Contains, Equal, Reverse, Max on named types.
type Celsius float64

func main() {
	temps := []Celsius{21.5, 19, 25.25, 19}
	fmt.Println(slices.Index(temps, 19), slices.Contains(temps, 30))
	fmt.Println(slices.Max(temps), slices.Min(temps))
	c := slices.Clone(temps)
	slices.Sort(c)
	fmt.Println(c, temps)
	slices.Reverse(c)
	fmt.Println(c)
	fmt.Println(slices.Equal(c, temps), slices.Equal(c[:0], []Celsius{}))
	i, ok := slices.BinarySearch([]string{"a", "c", "e"}, "d")
	fmt.Println(i, ok)
	fmt.Println(slices.IndexFunc(temps, func(t Celsius) bool { return t > 22 }))
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2}, []int{1}))
}
