package main

import (
	"fmt"
	"strings"
)

type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

func main() {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d-%d", 1, 2)
	fmt.Fprint(&sb, " end", 3, 4)
	fmt.Fprintln(&sb, "!", 5)
	fmt.Println(sb.String(), sb.Len())
	var sb2 strings.Builder
	n, err := fmt.Fprintln(&sb2, "sb2", true)
	fmt.Println(n, err, sb2.String())
	c := &counter{}
	fmt.Fprintf(c, "%s", "hello")
	fmt.Println(c.n)
	b := fmt.Append([]byte("x:"), 1, "a")
	b = fmt.Appendf(b, "|%03d", 7)
	b = fmt.Appendln(b, "!")
	fmt.Print(string(b))
	fmt.Println(string(fmt.Append(nil)), len(fmt.Appendf(nil, "%d", 12345)))
	n, err = fmt.Printf("%s\n", "counted")
	fmt.Println(n, err)
}
