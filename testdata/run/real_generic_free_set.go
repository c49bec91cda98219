package main

import (
	"fmt"
	"sort"
	"strings"
)

type Set map[string]struct{}

func NewSet(items ...string) Set {
	s := Set{}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set) Add(x string)           { s[x] = struct{}{} }
func (s Set) Has(x string) bool      { _, ok := s[x]; return ok }
func (s Set) Remove(x string)        { delete(s, x) }
func (s Set) Len() int               { return len(s) }
func (s Set) Union(o Set) Set        { r := NewSet(s.Items()...); for k := range o { r.Add(k) }; return r }
func (s Set) Intersect(o Set) Set {
	r := Set{}
	for k := range s {
		if o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func (s Set) Items() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (s Set) String() string { return "{" + strings.Join(s.Items(), " ") + "}" }

type Graph map[string][]string

func (g Graph) AddEdge(a, b string) {
	g[a] = append(g[a], b)
	g[b] = append(g[b], a)
}

func (g Graph) Reachable(start string) Set {
	seen := NewSet(start)
	stack := []string{start}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, m := range g[n] {
			if !seen.Has(m) {
				seen.Add(m)
				stack = append(stack, m)
			}
		}
	}
	return seen
}

func main() {
	a := NewSet("go", "rust", "zig")
	b := NewSet("python", "go", "ruby", "zig")
	fmt.Println(a, b, a.Len())
	fmt.Println(a.Union(b), a.Intersect(b))
	a.Remove("zig")
	fmt.Println(a.Has("zig"), a)
	g := Graph{}
	for _, e := range [][2]string{{"a", "b"}, {"b", "c"}, {"d", "e"}, {"c", "a"}, {"e", "f"}} {
		g.AddEdge(e[0], e[1])
	}
	fmt.Println(g.Reachable("a"), g.Reachable("f"))
	var nilSet Set
	fmt.Println(nilSet.Has("x"), nilSet.Len())
	defer func() { fmt.Println("recovered:", recover()) }()
	nilSet.Add("boom")
}
