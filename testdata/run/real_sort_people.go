package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	people := []Person{
		{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dave", 25}, {"Eve", 30},
	}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	sort.Stable(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people)
	nums := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(nums)
	fmt.Println(nums, sort.IntsAreSorted(nums))
	i := sort.SearchInts(nums, 8)
	fmt.Println("8 at", i)
	fs := []float64{2.5, -1, 3.25}
	sort.Float64s(fs)
	fmt.Println(fs)
	strs := []string{"pear", "apple", "fig"}
	sort.Strings(strs)
	fmt.Println(strs, sort.SearchStrings(strs, "fig"))
	sort.Sort(sort.Reverse(sort.IntSlice(nums)))
	fmt.Println(nums)
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println("first square >= 50:", idx)
}
