package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

type Reader interface{ Read() (string, bool) }
type Closer interface{ Close() error }
type ReadCloser interface {
	Reader
	Closer
}

type lineReader struct {
	lines  []string
	i      int
	closed bool
}

func (l *lineReader) Read() (string, bool) {
	if l.closed || l.i >= len(l.lines) {
		return "", false
	}
	l.i++
	return l.lines[l.i-1], true
}

func (l *lineReader) Close() error {
	if l.closed {
		return fmt.Errorf("already closed")
	}
	l.closed = true
	return nil
}

type upper struct{ Reader }

func (u upper) Read() (string, bool) {
	s, ok := u.Reader.Read()
	return strings.ToUpper(s), ok
}

type countWriter struct {
	n     int
	lines int
}

func (c *countWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.lines += strings.Count(string(p), "\n")
	return len(p), nil
}

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{ name string }

func (Dog) Sound() string    { return "woof" }
func (c *Cat) Sound() string { return c.name + " says meow" }

func drain(r Reader) []string {
	var out []string
	for {
		s, ok := r.Read()
		if !ok {
			return out
		}
		out = append(out, s)
	}
}

func main() {
	lr := &lineReader{lines: []string{"one", "two", "three"}}
	var rc ReadCloser = lr
	first, _ := rc.Read()
	fmt.Println(first, drain(upper{rc}))
	fmt.Println(rc.Close(), rc.Close())
	var r Reader = rc
	_, isCloser := r.(Closer)
	_, isWriter := r.(io.Writer)
	fmt.Println(isCloser, isWriter)
	cw := &countWriter{}
	fmt.Fprintf(cw, "hello %s\n", "world")
	io.WriteString(cw, "line two\n")
	var w io.Writer = cw
	fmt.Fprintln(w, 1, 2, 3)
	fmt.Println(cw.n, cw.lines)
	animals := map[string]Animal{"rex": Dog{}, "tom": &Cat{"tom"}}
	names := []string{}
	for n := range animals {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s: %s (%T)\n", n, animals[n].Sound(), animals[n])
	}
	var a1, a2 Animal = Dog{}, Dog{}
	c := &Cat{"x"}
	var a3, a4 Animal = c, c
	fmt.Println(a1 == a2, a3 == a4, a1 == a3, a1 != nil)
	var nilCat *Cat
	var a5 Animal = nilCat
	fmt.Println(a5 == nil, a5 != nil)
	sb := &strings.Builder{}
	var sw io.Writer = sb
	fmt.Fprintf(sw, "%03d", 7)
	fmt.Println(sb.String(), sb.Len())
}
