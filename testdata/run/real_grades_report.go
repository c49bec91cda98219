package main

import (
	"fmt"
	"sort"
	"strings"
)

type Student struct {
	Name   string
	Scores map[string]int
}

type Course struct {
	Name     string
	Students []*Student
}

func (c *Course) Average(subject string) float64 {
	total, n := 0, 0
	for _, s := range c.Students {
		if v, ok := s.Scores[subject]; ok {
			total += v
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(total) / float64(n)
}

func (s *Student) GPA() float64 {
	if len(s.Scores) == 0 {
		return 0
	}
	sum := 0
	for _, v := range s.Scores {
		sum += v
	}
	return float64(sum) / float64(len(s.Scores)) / 25
}

func letter(avg float64) string {
	switch {
	case avg >= 90:
		return "A"
	case avg >= 80:
		return "B"
	case avg >= 70:
		return "C"
	}
	return "F"
}

func main() {
	c := &Course{Name: "Year 1"}
	data := map[string]map[string]int{
		"ann":  {"math": 95, "art": 88, "bio": 91},
		"bob":  {"math": 72, "bio": 65},
		"cara": {"math": 85, "art": 99},
		"dan":  {},
	}
	names := make([]string, 0, len(data))
	for n := range data {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		c.Students = append(c.Students, &Student{n, data[n]})
	}
	subjects := []string{"math", "art", "bio", "music"}
	for _, sub := range subjects {
		avg := c.Average(sub)
		fmt.Printf("%-6s %6.2f %s\n", sub, avg, letter(avg))
	}
	sort.Slice(c.Students, func(i, j int) bool { return c.Students[i].GPA() > c.Students[j].GPA() })
	for rank, s := range c.Students {
		subs := make([]string, 0)
		for k := range s.Scores {
			subs = append(subs, k)
		}
		sort.Strings(subs)
		fmt.Printf("%d. %-5s gpa=%.2f [%s]\n", rank+1, s.Name, s.GPA(), strings.Join(subs, ","))
	}
	data["bob"]["art"] = 70
	fmt.Println(len(c.Students[2].Scores), c.Average("art"))
}
