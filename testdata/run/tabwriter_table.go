package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 6, 4, 3, ' ', 0)
	fmt.Fprintln(w, "ID\tNAME\tSTATUS\t")
	for i, n := range []string{"web", "database-primary", "cache"} {
		fmt.Fprintf(w, "%d\t%s\t%s\t\n", i+1, n, strings.Repeat("ok", i+1))
	}
	w.Flush()
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight)
	for _, row := range [][]string{{"1", "10", "100"}, {"1000", "1", "10"}} {
		fmt.Fprintln(w, strings.Join(row, "\t")+"\t")
	}
	w.Flush()
	var sb strings.Builder
	w = tabwriter.NewWriter(&sb, 0, 8, 1, '\t', 0)
	fmt.Fprint(w, "a\tb\nccccccccc\td\n")
	w.Flush()
	fmt.Printf("%q\n", sb.String())
	w = new(tabwriter.Writer)
	w.Init(os.Stdout, 10, 8, 0, '*', tabwriter.Debug)
	fmt.Fprintln(w, "x\ty\tz")
	fmt.Fprintln(w, "")
	fmt.Fprintln(w, "xx\tyy")
	w.Flush()
}
