package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

const csv = `name,dept,salary,start
Alice,Engineering,120000,2019
Bob,Engineering,95000,2021
Carol,Sales,70000,2018
Dan,Sales,82000,2020
Eve,Marketing,66000,2022
Frank,Engineering,130000,2015`

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Start  int
}

type DeptStats struct {
	Count      int
	Total, Max int
	Names      []string
}

func main() {
	lines := strings.Split(csv, "\n")
	header := strings.Split(lines[0], ",")
	fmt.Println("columns:", len(header), header)
	var emps []Employee
	for _, l := range lines[1:] {
		f := strings.Split(l, ",")
		sal, _ := strconv.Atoi(f[2])
		st, _ := strconv.Atoi(f[3])
		emps = append(emps, Employee{f[0], f[1], sal, st})
	}
	stats := map[string]*DeptStats{}
	for _, e := range emps {
		s, ok := stats[e.Dept]
		if !ok {
			s = &DeptStats{}
			stats[e.Dept] = s
		}
		s.Count++
		s.Total += e.Salary
		if e.Salary > s.Max {
			s.Max = e.Salary
		}
		s.Names = append(s.Names, e.Name)
	}
	depts := make([]string, 0, len(stats))
	for d := range stats {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "DEPT\tN\tAVG\tMAX\tPEOPLE")
	for _, d := range depts {
		s := stats[d]
		fmt.Fprintf(w, "%s\t%d\t%.1f\t%d\t%s\n", d, s.Count, float64(s.Total)/float64(s.Count), s.Max, strings.Join(s.Names, "/"))
	}
	w.Flush()
	sort.Slice(emps, func(i, j int) bool { return emps[i].Start < emps[j].Start })
	for _, e := range emps {
		years := 2024 - e.Start
		fmt.Printf("%-6s %2dy %s\n", e.Name, years, strings.Repeat("=", years))
	}
}
