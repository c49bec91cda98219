package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
)

func try(args ...string) {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Int("n", 0, "a number")
	fs.Bool("q", false, "quiet")
	fs.String("s", "", "text")
	fs.Float64("f", 0, "float")
	fs.Duration("d", 0, "duration")
	err := fs.Parse(args)
	fmt.Printf("=> %v (help=%v)\n", err, errors.Is(err, flag.ErrHelp))
}

func main() {
	try("-foo")
	try("-n", "abc")
	try("-n", "99999999999999999999")
	try("-n")
	try("-q=maybe")
	try("---n=1")
	try("-=x")
	try("-h")
	try("--help")
	try("-f", "x1")
	try("-d", "5")
}
