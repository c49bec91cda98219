package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()          { c.n++ }
func (c *Counter) Add(d int)     { c.n += d }
func (c Counter) Report() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

func repeat(n int, f func()) {
	for i := 0; i < n; i++ {
		f()
	}
}

func main() {
	c := &Counter{name: "clicks"}
	inc := c.Inc
	repeat(3, inc)
	add := c.Add
	add(10)
	report := c.Report
	c.Inc()
	fmt.Println(c.Report(), report())
	f := (*Counter).Add
	f(c, 100)
	g := Counter.Report
	fmt.Println(g(*c))
	ops := map[string]Op{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	for _, k := range []string{"add", "mul"} {
		fmt.Println(k, ops[k].Apply(6, 7), ops[k](2, 3))
	}
	upper := strings.ToUpper
	trim := strings.TrimSpace
	fns := []func(string) string{trim, upper, strings.ToLower}
	s := "  MiXeD  "
	for _, fn := range fns {
		s = fn(s)
		fmt.Printf("%q\n", s)
	}
	var sb strings.Builder
	write := sb.WriteString
	write("abc")
	write("def")
	fmt.Println(sb.String(), sb.Len())
}
