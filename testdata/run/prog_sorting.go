// Sorting records with multi-key comparisons: sort.Slice, sort.SliceStable,
// slices.SortFunc with cmp.Compare chains, sort.Sort on a custom type, and binary search.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

type byDeptThenSalary []Employee

func (s byDeptThenSalary) Len() int      { return len(s) }
func (s byDeptThenSalary) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s byDeptThenSalary) Less(i, j int) bool {
	if s[i].Dept != s[j].Dept {
		return s[i].Dept < s[j].Dept
	}
	return s[i].Salary > s[j].Salary
}

func show(title string, es []Employee) {
	fmt.Println("==", title)
	for _, e := range es {
		fmt.Printf("  %-6s %-5s %6d %3d\n", e.Name, e.Dept, e.Salary, e.Age)
	}
}

func main() {
	staff := []Employee{
		{"Zoe", "eng", 120, 31}, {"Adam", "ops", 90, 45}, {"Bea", "eng", 120, 28},
		{"Carl", "sales", 70, 39}, {"Dana", "ops", 95, 45}, {"Eve", "eng", 150, 35},
		{"Finn", "sales", 70, 22}, {"Gus", "eng", 110, 31},
	}
	a := slices.Clone(staff)
	sort.Slice(a, func(i, j int) bool {
		if a[i].Age != a[j].Age {
			return a[i].Age > a[j].Age
		}
		return a[i].Name < a[j].Name
	})
	show("age desc, name", a)

	b := slices.Clone(staff)
	sort.SliceStable(b, func(i, j int) bool { return b[i].Salary < b[j].Salary })
	show("salary (stable)", b)

	c := slices.Clone(staff)
	slices.SortFunc(c, func(x, y Employee) int {
		return cmp.Or(
			cmp.Compare(x.Dept, y.Dept),
			-cmp.Compare(x.Salary, y.Salary),
			strings.Compare(x.Name, y.Name),
		)
	})
	show("dept, salary desc, name", c)

	d := slices.Clone(staff)
	sort.Sort(byDeptThenSalary(d))
	fmt.Println(sort.IsSorted(byDeptThenSalary(d)), d[0].Name, d[len(d)-1].Name)
	sort.Sort(sort.Reverse(byDeptThenSalary(d)))
	fmt.Println(d[0].Name, d[len(d)-1].Name)

	names := make([]string, len(staff))
	for i, e := range staff {
		names[i] = e.Name
	}
	sort.Strings(names)
	i := sort.SearchStrings(names, "Dana")
	j := sort.SearchStrings(names, "Dan")
	fmt.Println(names, i, j)
	k, found := slices.BinarySearch(names, "Eve")
	fmt.Println(k, found)
	ages := []int{45, 22, 31, 39, 28, 31}
	sort.Sort(sort.Reverse(sort.IntSlice(ages)))
	fmt.Println(ages, slices.Index(ages, 31), slices.Contains(ages, 50))
	idx := sort.Search(100, func(n int) bool { return n*n >= 50 })
	fmt.Println("first n with n*n >= 50:", idx)
	byDept := map[string][]string{}
	for _, e := range staff {
		byDept[e.Dept] = append(byDept[e.Dept], e.Name)
	}
	depts := make([]string, 0, len(byDept))
	for dpt := range byDept {
		depts = append(depts, dpt)
	}
	slices.Sort(depts)
	for _, dpt := range depts {
		ns := byDept[dpt]
		slices.SortFunc(ns, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
		fmt.Printf("%s: %v min=%s max=%s\n", dpt, ns, slices.Min(ns), slices.Max(ns))
	}
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl, len(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1})))
}
