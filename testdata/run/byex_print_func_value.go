// fmt's printers used as function values: assigned to variables, stored in maps and
// slices, passed as arguments, their results used.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

var p = fmt.Println

func apply(printer func(...any) (int, error), xs ...any) int {
	n, err := printer(xs...)
	if err != nil {
		return -1
	}
	return n
}

func main() {
	p("hello", 1, 2.5, true, nil)
	pf := fmt.Printf
	pf("%d-%s-%v\n", 7, "x", []int{1, 2})
	pf("no args\n")
	sf := fmt.Sprintf
	s := sf("%05.2f|%-4s|%q", 3.14159, "ab", "q")
	p(s, len(s))
	sp := fmt.Sprint
	p(sp("a", 1, 2, "b", "c", 3.0))
	sln := fmt.Sprintln
	p(len(sln("x", "y")), sln("x", "y") == "x y\n")

	n := apply(fmt.Println, "counted", celsius(21.5))
	p("wrote", n)
	n = apply(fmt.Print, "no newline", 42, "\n")
	p("wrote", n)

	printers := map[string]func(...any) (int, error){
		"line":  fmt.Println,
		"plain": fmt.Print,
	}
	printers["line"]("from", "map")
	printers["plain"]("plain", "map", "\n")

	var sb strings.Builder
	fp := fmt.Fprintf
	fp(&sb, "%s=%d;", "a", 1)
	fl := fmt.Fprintln
	fl(&sb, "b", 2)
	fpr := fmt.Fprint
	fpr(&sb, "c", 3)
	p(sb.String())
	var w io.Writer = os.Stdout
	fl(w, "to stdout", celsius(-3))

	fns := []func(string, ...any) string{fmt.Sprintf, func(f string, a ...any) string { return "custom:" + f }}
	for _, f := range fns {
		p(f("%d+%d", 1, 2))
	}
	args := []any{"spread", 1, 2}
	p(args...)
	defer p("deferred through a value")
	go p("never waited for")
}
