package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 8, 8, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "item\tqty\tprice\t")
	fmt.Fprintln(w, "apple\t3\t1.25\t")
	fmt.Fprintln(w, "watermelon\t12\t10.00\t")
	fmt.Fprintln(w, "\t\ttotal\t")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintf(w, "a\tb\tc\n")
	fmt.Fprintf(w, "aa\tbb\n")
	fmt.Fprintf(w, "aaa\n")
	fmt.Fprintf(w, "aaaa\tb\tc\td\n")
	w.Flush()
}
