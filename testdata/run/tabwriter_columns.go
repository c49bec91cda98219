package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaa\tbbbbb\tc")
	fmt.Fprintln(w, "x\ty")
	fmt.Fprintln(w, "no tabs here")
	fmt.Fprintln(w, "über\tß\tend")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "1\t22\t333\t")
	fmt.Fprintln(w, "4444\t5\t66\t")
	fmt.Fprint(w, "7\t8\ttrailing")
	w.Flush()
	fmt.Println()

	w = tabwriter.NewWriter(os.Stdout, 0, 4, 0, '\t', 0)
	fmt.Fprintf(w, "name\tqty\tprice\n")
	for _, r := range [][]string{{"apple", "3", "1.25"}, {"watermelon", "10", "3.5"}, {"fig", "100", "0.1"}} {
		fmt.Fprintln(w, strings.Join(r, "\t"))
	}
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, '-', tabwriter.DiscardEmptyColumns)
	fmt.Fprintln(w, "a\t\tb")
	fmt.Fprintln(w, "cc\t\td")
	w.Flush()

	var sb strings.Builder
	w = tabwriter.NewWriter(&sb, 0, 8, 3, ' ', tabwriter.TabIndent)
	fmt.Fprintln(w, "\tindented\tx")
	fmt.Fprintln(w, "\t\tdeeper")
	w.Flush()
	fmt.Printf("%q\n", sb.String())
}
