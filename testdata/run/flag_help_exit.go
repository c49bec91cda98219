package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	fs := flag.NewFlagSet("hh", flag.ExitOnError)
	fs.SetOutput(os.Stdout)
	fs.String("mode", "fast", "the `mode` to run in")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "custom usage for", fs.Name())
		fs.PrintDefaults()
	}
	fs.Parse([]string{"-help"})
	fmt.Println("not reached")
}
