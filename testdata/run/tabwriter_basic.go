package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "Name\tAge\tCity")
	fmt.Fprintln(w, "Alice\t30\tNew York")
	fmt.Fprintln(w, "Bob\t4\tLA")
	fmt.Fprintln(w, "Christopher\t100\tSan Francisco")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaa\tbbbbbbb\tc")
	fmt.Fprintln(w, "x\t\t")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 0, '\t', 0)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaaaaaaaa\tbb\tc")
	fmt.Fprintln(w, "single line ends block")
	fmt.Fprintln(w, "x\ty")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 4, 1, '-', tabwriter.Debug)
	fmt.Fprint(w, "héllo\twörld\n世界\tx\n\tindented\tcell\n")
	fmt.Fprint(w, "no newline at end\tz")
	w.Flush()
	fmt.Println()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.DiscardEmptyColumns|tabwriter.Debug)
	fmt.Fprintln(w, "a\t\tb")
	fmt.Fprintln(w, "cc\t\td")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, '.', tabwriter.TabIndent)
	fmt.Fprintln(w, "\t\tindent\tx")
	fmt.Fprintln(w, "\tmid\ty")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.FilterHTML|tabwriter.StripEscape)
	fmt.Fprintln(w, "<b>bold</b>\t&amp;\tx")
	fmt.Fprintln(w, "plain\t\xffesc\taped\xff\ty")
	fmt.Fprint(w, "ff\tsection\f")
	fmt.Fprintln(w, "after\tff")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.Debug)
	fmt.Fprint(w, "v\vtab\tx\n")
	fmt.Fprint(w, "longer\vt\ty\f")
	w.Flush()

	defer func() { fmt.Println("recovered:", recover()) }()
	tabwriter.NewWriter(os.Stdout, -1, 8, 1, ' ', 0)
}
