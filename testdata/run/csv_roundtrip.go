package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
)

func main() {
	records := [][]string{
		{"id", "text", "note"},
		{"1", "plain", ""},
		{"2", "with,comma", "with \"quotes\""},
		{"3", "multi\nline", " leading space"},
		{"4", "unicode ✓", "tab\tinside"},
	}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if err := w.WriteAll(records); err != nil {
		fmt.Println(err)
	}
	fmt.Print(buf.String())
	r := csv.NewReader(&buf)
	got, err := r.ReadAll()
	fmt.Println(err, len(got))
	for i := range got {
		for j := range got[i] {
			if got[i][j] != records[i][j] {
				fmt.Println("mismatch", i, j)
			}
		}
	}
	fmt.Printf("%q\n", got[3])
}
