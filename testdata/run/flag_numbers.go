package main

import (
	"flag"
	"fmt"
	"io"
)

func main() {
	for _, a := range []string{"10", "0x10", "0o17", "017", "0b101", "1_000", "-0x10", "+5", "", " 1", "1.5", "9223372036854775807", "-9223372036854775808", "9223372036854775808"} {
		fs := flag.NewFlagSet("n", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		i := fs.Int("i", 0, "")
		i64 := fs.Int64("l", 0, "")
		u := fs.Uint("u", 0, "")
		u64 := fs.Uint64("w", 0, "")
		f := fs.Float64("f", 0, "")
		e1 := fs.Parse([]string{"-i", a})
		e2 := fs.Parse([]string{"-l", a})
		e3 := fs.Parse([]string{"-u", a})
		e4 := fs.Parse([]string{"-w", a})
		e5 := fs.Parse([]string{"-f", a})
		fmt.Printf("%q: %d %v | %d %v | %d %v | %d %v | %v %v\n", a, *i, e1, *i64, e2, *u, e3, *u64, e4, *f, e5)
	}
	fs := flag.NewFlagSet("d", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	d := fs.Duration("d", 0, "")
	for _, a := range []string{"1h", "90s", "1.5m", "-2ms", "5", "abc", "0"} {
		err := fs.Parse([]string{"-d=" + a})
		fmt.Println(a, *d, err)
	}
	for _, a := range []string{"inf", "-Inf", "NaN", "1e3", "0x1p-2", "1e400"} {
		f := fs.Float64("f"+a, 0, "")
		err := fs.Parse([]string{"-f" + a + "=" + a})
		fmt.Println(a, *f, err)
	}
}
