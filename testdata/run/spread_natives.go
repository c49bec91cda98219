package main

import (
	"fmt"
	"os"
	"strings"
)

type logger struct {
	prefix string
	sb     strings.Builder
}

func (l *logger) Printf(format string, args ...any) {
	l.sb.WriteString(l.prefix + fmt.Sprintf(format, args...) + "\n")
}

func (l *logger) Println(args ...any) {
	fmt.Fprintln(&l.sb, append([]any{l.prefix}, args...)...)
}

func say(args ...any) { fmt.Println(args...) }

func main() {
	l := &logger{prefix: "[app] "}
	l.Printf("%d items in %s", 3, "cart")
	l.Printf("no args")
	l.Println("a", 1, true)
	fmt.Print(l.sb.String())
	say("x", 2, nil)
	say()
	parts := []any{"p", 'q', 3.5}
	fmt.Print(parts...)
	fmt.Println()
	fmt.Printf("%v-%v-%v\n", parts...)
	s := fmt.Sprint(parts...)
	fmt.Println(s, len(s))
	n, err := fmt.Fprintf(os.Stdout, "%s=%d\n", "k", 10)
	fmt.Println(n, err)
	fmt.Fprint(os.Stderr, "to stderr\n")
	var w strings.Builder
	fmt.Fprintf(&w, "%05d|", 42)
	fmt.Fprintln(&w, "end")
	fmt.Printf("%q\n", w.String())
}
