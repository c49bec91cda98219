package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	for l := range strings.Lines("one\ntwo\n\nthree") {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	for p := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("%q ", p)
	}
	fmt.Println()
	for p := range strings.SplitSeq("héllo", "") {
		fmt.Printf("%q ", p)
	}
	fmt.Println()
	for p := range strings.SplitAfterSeq("a,b,c", ",") {
		fmt.Printf("%q ", p)
	}
	fmt.Println()
	for f := range strings.FieldsSeq("  the quick\t brown\n fox  ") {
		fmt.Printf("%q ", f)
		if f == "brown" {
			break
		}
	}
	fmt.Println()
	for f := range strings.FieldsFuncSeq("a1b22c333", unicode.IsDigit) {
		fmt.Printf("%q ", f)
	}
	fmt.Println()
}
