package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.String("name", "", "your `name`")
	fs.String("greeting", "hello", "what to say")
	fs.Int("count", 3, "number of greetings")
	fs.Int("zero", 0, "zero default")
	fs.Bool("v", false, "verbose")
	fs.Bool("color", true, "use colors")
	fs.Float64("scale", 1.5, "scale factor")
	fs.Duration("timeout", 2*time.Second, "timeout\nsecond line")
	fs.Uint("u", 0, "unsigned")
	var l list
	fs.Var(&l, "item", "an item (repeatable)")
	fs.Func("fn", "a func flag", func(s string) error { return nil })
	fs.BoolFunc("bf", "a bool func", func(s string) error { return nil })
	fs.PrintDefaults()
	fmt.Println("--")
	fs.Usage()
	fmt.Println("--")
	anon := flag.NewFlagSet("", flag.ContinueOnError)
	anon.SetOutput(os.Stdout)
	anon.Int("x", 1, "x value")
	anon.Usage()
	fmt.Println(anon.Output() == os.Stdout)
}
