package main

import (
	"fmt"
	"regexp"
)

func main() {
	text := "first line\nsecond line\r\nthird"
	for _, p := range []string{`^\w+`, `(?m)^\w+`, `\w+$`, `(?m)\w+$`, `(?s)first.*third`, `first.*third`, `\Asecond`, `(?m)\Asecond`, `line\z`, `(?m:^s\w+)`, `(?i)FIRST`, `(?-i:F)irst`, `(?U)l.+e`, `l.+?e`, `l.+e`} {
		re := regexp.MustCompile(p)
		fmt.Printf("%-18s %q\n", p, re.FindAllString(text, -1))
	}
}
