package main

import (
	"cmp"
	"fmt"
	"sort"
)

// cmp.Compare and cmp.Less driving sort.Slice over several keys.
type Employee struct {
	Dept   string
	Salary int
	Name   string
}

func main() {
	es := []Employee{{"eng", 100, "zed"}, {"ops", 90, "amy"}, {"eng", 120, "bob"}, {"eng", 100, "al"}}
	sort.Slice(es, func(i, j int) bool {
		if c := cmp.Compare(es[i].Dept, es[j].Dept); c != 0 {
			return c < 0
		}
		if c := cmp.Compare(es[j].Salary, es[i].Salary); c != 0 {
			return c < 0
		}
		return cmp.Less(es[i].Name, es[j].Name)
	})
	for _, e := range es {
		fmt.Println(e.Dept, e.Salary, e.Name)
	}
	fmt.Println(cmp.Compare(-0.0, 0.0), cmp.Less(1, 1))
	fmt.Println(cmp.Or(es[0].Name, "none"), cmp.Or(0, es[1].Salary))
}
