package main

import (
	"flag"
	"fmt"
	"io"
)

func main() {
	for _, args := range [][]string{
		{"a", "-n", "1"}, {"-n", "1", "a", "-n", "2"}, {"-", "-n", "1"}, {"--", "-n", "1"}, {"-n", "1", "--"},
		{"-n", "--", "x"}, {"-n=-5", "x"}, {"-s", "-n"}, {"-s=", "y"}, {"-s", "a=b"}, {"-s==x"}, {"-n", "3", "-s", "last"},
	} {
		fs := flag.NewFlagSet("s", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		n := fs.Int("n", 0, "")
		s := fs.String("s", "def", "")
		err := fs.Parse(args)
		fmt.Printf("%-22q n=%d s=%q args=%q narg=%d nflag=%d err=%v\n", args, *n, *s, fs.Args(), fs.NArg(), fs.NFlag(), err)
	}
}
