package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type person struct {
	name string
	age  int
}

func main() {
	people := []person{{"Gopher", 13}, {"Alice", 20}, {"Bob", 5}, {"Vera", 24}, {"Zac", 20}}
	byAge := slices.SortedStableFunc(slices.Values(people), func(a, b person) int { return a.age - b.age })
	fmt.Println(byAge)
	fmt.Println(people[0])
	words := strings.Fields("b A a B c C")
	fold := func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) }
	fmt.Println(slices.SortedStableFunc(slices.Values(words), fold))
	fmt.Println(slices.SortedStableFunc(maps.Keys(map[int]bool{}), func(a, b int) int { return a - b }) == nil)
}
