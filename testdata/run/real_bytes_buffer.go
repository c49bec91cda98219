package main

import (
	"bytes"
	"fmt"
	"strings"
)

type Table struct {
	headers []string
	rows    [][]string
}

func (t *Table) AddRow(cells ...string) { t.rows = append(t.rows, cells) }

func (t *Table) widths() []int {
	w := make([]int, len(t.headers))
	for i, h := range t.headers {
		w[i] = len(h)
	}
	for _, r := range t.rows {
		for i, c := range r {
			if len(c) > w[i] {
				w[i] = len(c)
			}
		}
	}
	return w
}

func (t *Table) Render() string {
	var buf bytes.Buffer
	w := t.widths()
	line := func(cells []string) {
		for i, c := range cells {
			buf.WriteString("| ")
			buf.WriteString(c)
			buf.WriteString(strings.Repeat(" ", w[i]-len(c)+1))
		}
		buf.WriteString("|\n")
	}
	sep := func() {
		for _, n := range w {
			buf.WriteByte('+')
			buf.WriteString(strings.Repeat("-", n+2))
		}
		buf.WriteString("+\n")
	}
	sep()
	line(t.headers)
	sep()
	for _, r := range t.rows {
		line(r)
	}
	sep()
	return buf.String()
}

func main() {
	t := &Table{headers: []string{"Lang", "Year", "Typing"}}
	t.AddRow("Go", "2009", "static")
	t.AddRow("Python", "1991", "dynamic")
	t.AddRow("C", "1972", "static, weak")
	fmt.Print(t.Render())
	var b bytes.Buffer
	b.WriteString("hello")
	b.WriteByte(' ')
	b.Write([]byte("world"))
	fmt.Println(b.String(), b.Len())
	fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")), bytes.ToUpper([]byte("abc")))
	fmt.Println(string(bytes.TrimSpace([]byte("  padded  "))))
}
