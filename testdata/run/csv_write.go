package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"strings"
)

func main() {
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"name", "quote", "note"})
	w.Write([]string{"Ann", `She said "hi"`, "a,b"})
	w.Write([]string{" lead", "multi\nline", ""})
	w.Write([]string{`\.`, "cr\rx", "tab\t"})
	w.Flush()
	fmt.Println(w.Error())
	var sb strings.Builder
	w2 := csv.NewWriter(&sb)
	w2.Comma = '\t'
	w2.UseCRLF = true
	err := w2.WriteAll([][]string{{"a", "b c", "d\te"}, {"x\ny", "z"}})
	fmt.Printf("%q %v\n", sb.String(), err)
	w3 := csv.NewWriter(os.Stdout)
	w3.Comma = '"'
	fmt.Println(w3.Write([]string{"a"}))
	w4 := csv.NewWriter(os.Stdout)
	w4.Comma = '€'
	w4.Write([]string{"1€", "2"})
	w4.Flush()
}
