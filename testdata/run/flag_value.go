package main

import (
	"errors"
	"flag"
	"fmt"
	"strings"
)

type list []string

func (l *list) String() string     { return fmt.Sprint(*l) }
func (l *list) Set(s string) error { *l = append(*l, strings.Split(s, ",")...); return nil }

type level int

func (l *level) String() string { return fmt.Sprintf("level%d", int(*l)) }
func (l *level) Set(s string) error {
	switch s {
	case "low":
		*l = 1
	case "high":
		*l = 2
	default:
		return errors.New("unknown level")
	}
	return nil
}

func main() {
	fs := flag.NewFlagSet("v", flag.ContinueOnError)
	var items list
	lv := level(1)
	fs.Var(&items, "i", "items")
	fs.Var(&lv, "level", "level")
	var seen []string
	fs.Func("f", "func", func(s string) error {
		if s == "bad" {
			return errors.New("bad value")
		}
		seen = append(seen, s)
		return nil
	})
	calls := 0
	fs.BoolFunc("ping", "bool func", func(s string) error { calls++; seen = append(seen, "ping="+s); return nil })
	err := fs.Parse([]string{"-i", "a,b", "-i=c", "-level", "high", "-f", "one", "-f=two", "-ping", "-ping=x", "tail"})
	fmt.Println(err, items, lv.String(), seen, calls, fs.Args())

	fs.Visit(func(f *flag.Flag) { fmt.Printf("visit %s=%s (def %q)\n", f.Name, f.Value, f.DefValue) })
	fs.VisitAll(func(f *flag.Flag) { fmt.Printf("all %s usage=%q\n", f.Name, f.Usage) })
	fmt.Println(fs.Lookup("level").Value.String(), fs.Lookup("nope") == nil)
	fmt.Println(fs.Set("level", "low"), lv.String(), fs.Set("level", "mid"), fs.Set("nope", "1"))
	g, ok := fs.Lookup("level").Value.(flag.Getter)
	fmt.Println(g, ok)

	fs2 := flag.NewFlagSet("w", flag.ContinueOnError)
	fs2.SetOutput(new(strings.Builder))
	fs2.Var(&lv, "level", "level")
	fs2.Func("f", "func", func(s string) error { return errors.New("always fails") })
	fmt.Println(fs2.Parse([]string{"-level", "mid"}))
	fmt.Println(fs2.Parse([]string{"-f", "x"}))

	n := fs2.Int("n", 4, "n")
	fmt.Println(fs2.Lookup("n").Value.(flag.Getter).Get(), *n)
}
