package main

import "fmt"

type Logger struct{ lines []string }

func (l *Logger) Logf(prefix string, parts ...string) int {
	for _, p := range parts {
		l.lines = append(l.lines, prefix+p)
	}
	return len(parts)
}

type Summer interface{ Sum(xs ...int) int }
type impl struct{ base int }

func (i impl) Sum(xs ...int) int {
	t := i.base
	for _, x := range xs {
		t += x
	}
	return t
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func describe(name string, vals ...any) string {
	return fmt.Sprint(name, len(vals), vals == nil, vals)
}

func floats(fs ...float64) float64 {
	m := 0.0
	for _, f := range fs {
		m += f
	}
	return m
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	xs := []int{4, 5, 6}
	fmt.Println(sum(xs...), sum(xs[:1]...))
	fmt.Println(describe("none"), describe("two", 1, "a"))
	fmt.Println(floats(1.5, 2.25))
	var l Logger
	fmt.Println(l.Logf("> ", "a", "b"), l.Logf("!"), l.Logf("- ", []string{"c"}...))
	fmt.Println(l.lines)
	var s Summer = impl{100}
	fmt.Println(s.Sum(1, 2), s.Sum())
	f := sum
	fmt.Println(f(7, 8))
	g := func(prefix string, ns ...int) string { return fmt.Sprint(prefix, ns) }
	fmt.Println(g("g:", 1, 2), g("empty:"))
	// The packed slice is new each call; a spread slice is shared with the caller.
	mod := func(ns ...int) {
		if len(ns) > 0 {
			ns[0] = -1
		}
	}
	mod(xs...)
	mod(9, 9)
	fmt.Println(xs)
}
