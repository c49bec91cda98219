package main

import (
	"bufio"
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`o+`)
	fmt.Println(re.MatchReader(strings.NewReader("foo")), re.MatchReader(bufio.NewReader(strings.NewReader("bar"))))
	fmt.Println(re.FindReaderIndex(strings.NewReader("xxooo")), re.FindReaderSubmatchIndex(strings.NewReader("none")))
	ok, err := regexp.MatchReader(`^\d+$`, strings.NewReader("12345"))
	fmt.Println(ok, err)
	c := re.Copy()
	fmt.Println(c.String(), c.MatchString("zoo"), c != re)
	fmt.Printf("%v|%s|%q\n", re, re, re.String())
	var regs []*regexp.Regexp
	for _, p := range []string{`^a`, `b$`, `(?i)C`} {
		regs = append(regs, regexp.MustCompile(p))
	}
	for _, s := range []string{"abc", "ABC", "cab"} {
		for _, r := range regs {
			fmt.Print(r.MatchString(s), " ")
		}
		fmt.Println()
	}
}
