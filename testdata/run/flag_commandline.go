package main

import (
	"flag"
	"fmt"
)

func main() {
	// No arguments: the command line has none after the program name.
	v := flag.Bool("v", false, "verbose")
	n := flag.Int("n", 10, "count")
	var s string
	flag.StringVar(&s, "s", "x", "string")
	fmt.Println(flag.Parsed())
	flag.Parse()
	fmt.Println(flag.Parsed(), *v, *n, s, flag.NArg(), flag.NFlag(), flag.Args(), flag.Arg(0) == "")
	fmt.Println(flag.Set("n", "42"), *n, flag.NFlag())
	flag.Visit(func(f *flag.Flag) { fmt.Println("set:", f.Name, f.Value) })
	flag.VisitAll(func(f *flag.Flag) { fmt.Println("flag:", f.Name, f.DefValue) })
	fmt.Println(flag.Lookup("v").Usage, flag.CommandLine.NFlag())
	fmt.Println(flag.Set("zzz", "1"))
}
