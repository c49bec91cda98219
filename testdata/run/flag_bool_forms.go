package main

import (
	"flag"
	"fmt"
	"io"
)

func main() {
	for _, args := range [][]string{
		{"-v"}, {"--v"}, {"-v=true"}, {"-v=false"}, {"-v=0"}, {"-v=1"}, {"-v=T"}, {"-v=F"}, {"-v=TRUE"},
		{"-v=False"}, {"-v", "false"}, {"-v=yes"}, {"-v="}, {"-q", "-v"},
	} {
		fs := flag.NewFlagSet("b", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		v := fs.Bool("v", true, "")
		q := fs.Bool("q", false, "")
		err := fs.Parse(args)
		fmt.Printf("%-14q v=%v q=%v rest=%q err=%v\n", args, *v, *q, fs.Args(), err)
	}
}
