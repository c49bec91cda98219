package main

import (
	"flag"
	"fmt"
	"time"
)

func main() {
	fs := flag.NewFlagSet("g", flag.ContinueOnError)
	fs.Bool("b", true, "")
	fs.Int("i", -3, "")
	fs.Int64("l", 1<<40, "")
	fs.Uint("u", 3, "")
	fs.Uint64("w", 1<<63, "")
	fs.String("s", "str", "")
	fs.Float64("f", 2.5, "")
	fs.Duration("d", 90*time.Second, "")
	fs.VisitAll(func(f *flag.Flag) {
		g := f.Value.(flag.Getter)
		fmt.Printf("%s %T %v %q %s\n", f.Name, g.Get(), g.Get(), f.DefValue, f.Value)
	})
	var n int
	fs.IntVar(&n, "n", 9, "")
	fs.Parse([]string{"-n", "12"})
	fmt.Println(n, fs.Lookup("n").DefValue, fs.Lookup("n").Value)
}
