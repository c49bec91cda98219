package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	calls := 0
	fs.Usage = func() {
		calls++
		fmt.Fprintf(fs.Output(), "usage: tool [flags] files...\n")
	}
	fs.Int("n", 0, "count")
	fmt.Println(fs.Parse([]string{"-x"}))
	fmt.Println(fs.Parse([]string{"-h"}) == flag.ErrHelp, calls)
	fmt.Println(fs.Parse([]string{"-n", "bad"}))
	fmt.Println(calls)
	var nilUsage flag.FlagSet
	nilUsage.SetOutput(os.Stdout)
	nilUsage.Bool("b", false, "a bool")
	fmt.Println(nilUsage.Parse([]string{"-c"}))
	fmt.Println(nilUsage.Name() == "", nilUsage.Parsed())
	nilUsage.Init("renamed", flag.ContinueOnError)
	fmt.Println(nilUsage.Parse([]string{"-c"}))
}
