package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 35}}
	slices.SortStableFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(people)
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Or(cmp.Compare(b.Age, a.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(people)
	i, ok := slices.BinarySearchFunc([]Person{{"A", 1}, {"B", 5}, {"C", 9}}, 5, func(p Person, t int) int { return cmp.Compare(p.Age, t) })
	fmt.Println(i, ok)
	oldest := slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(oldest)
	fmt.Println(slices.ContainsFunc(people, func(p Person) bool { return p.Name == "Dan" }))
	words := []string{"Banana", "apple", "Cherry"}
	slices.SortFunc(words, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(words)
}
