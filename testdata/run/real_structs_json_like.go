package main

import (
	"fmt"
	"sort"
	"strings"
)

type Address struct {
	Street string
	City   string
}

type Employee struct {
	Name    string
	Salary  int
	Tags    []string
	Addr    Address
	Manager *Employee
}

func (e Employee) String() string {
	mgr := "none"
	if e.Manager != nil {
		mgr = e.Manager.Name
	}
	return fmt.Sprintf("%s(%d, %s, mgr=%s, tags=%s)", e.Name, e.Salary, e.Addr.City, mgr, strings.Join(e.Tags, "|"))
}

func raise(es []Employee, pct int) {
	for i := range es {
		es[i].Salary += es[i].Salary * pct / 100
	}
}

func byCity(es []Employee) map[string][]string {
	out := map[string][]string{}
	for _, e := range es {
		out[e.Addr.City] = append(out[e.Addr.City], e.Name)
	}
	return out
}

func main() {
	boss := &Employee{Name: "Zed", Salary: 9000, Addr: Address{"1 Main", "NYC"}}
	staff := []Employee{
		{"Amy", 5000, []string{"dev", "go"}, Address{"2 Oak", "SF"}, boss},
		{"Ben", 4000, nil, Address{"3 Elm", "NYC"}, boss},
		{"Cid", 4500, []string{"ops"}, Address{City: "SF"}, nil},
	}
	raise(staff, 10)
	for _, e := range staff {
		fmt.Println(e)
	}
	cities := byCity(staff)
	keys := make([]string, 0)
	for k := range cities {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, cities[k])
	}
	cp := staff[0]
	cp.Tags = append(cp.Tags, "lead")
	cp.Addr.City = "LA"
	fmt.Println(staff[0].Addr.City, len(staff[0].Tags), cp.Addr.City, len(cp.Tags))
	boss.Salary = 1
	fmt.Println(staff[1].Manager.Salary)
	anon := struct {
		ID   int
		Note string
	}{7, "anonymous"}
	fmt.Println(anon, anon.Note)
	fmt.Printf("%v|%+v\n", staff[2].Addr, staff[2].Addr)
}
