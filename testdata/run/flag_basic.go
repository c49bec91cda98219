package main

import (
	"flag"
	"fmt"
	"time"
)

func main() {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	name := fs.String("name", "world", "who to greet")
	n := fs.Int("n", 1, "how many times")
	big := fs.Int64("big", 0, "a big number")
	u := fs.Uint("u", 7, "unsigned")
	v := fs.Bool("v", false, "verbose")
	ratio := fs.Float64("ratio", 0.5, "a ratio")
	wait := fs.Duration("wait", time.Second, "how long")
	err := fs.Parse([]string{"-name", "gopher", "--n=3", "-big", "-9000000000", "-u=0x10", "-v", "-ratio", "2.5e3", "-wait=1m30s", "rest", "-x", "more"})
	fmt.Println(err)
	fmt.Println(*name, *n, *big, *u, *v, *ratio, *wait)
	fmt.Println(fs.Args(), fs.NArg(), fs.Arg(0), fs.Arg(1), fs.Arg(5) == "", fs.NFlag(), fs.Parsed())
	fmt.Println(fs.Name(), fs.ErrorHandling() == flag.ContinueOnError)

	var s string
	var i int
	var b bool
	var u64 uint64
	fs2 := flag.NewFlagSet("two", flag.ContinueOnError)
	fs2.StringVar(&s, "s", "def", "a string")
	fs2.IntVar(&i, "i", 5, "an int")
	fs2.BoolVar(&b, "b", true, "a bool")
	fs2.Uint64Var(&u64, "u64", 1, "u64")
	fmt.Println(s, i, b, u64)
	fmt.Println(fs2.Parse([]string{"-b=false", "-i", "-12", "--", "-s", "x"}))
	fmt.Println(s, i, b, u64, fs2.Args())
	fmt.Println(fs2.Parse([]string{}), fs2.NArg())
	fmt.Println(fs2.Parse([]string{"-", "x"}), fs2.Args())
}
