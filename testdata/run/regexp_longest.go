package main

import (
	"fmt"
	"regexp"
)

func show(expr, s string) {
	re := regexp.MustCompile(expr)
	first := re.FindStringSubmatchIndex(s)
	re.Longest()
	fmt.Printf("%-16q %-14q first %v longest %v %q\n", expr, s, first, re.FindStringSubmatchIndex(s), re.FindAllString(s, -1))
}

func main() {
	show(`a(|b)`, "ab")
	show(`a+?`, "aaa")
	show(`(a|ab)(c|bcd)(d*)`, "abcd")
	show(`x*`, "xxy xx")
	show(`(foo|foobar)`, "foobarfoo")
	show(`(a*)(a*)`, "aaa")
	show(`(a|b)*?c`, "abac")
	show(`\b\w+?\b`, "hello world")
	show(`(?i)GO+?`, "gooo Go")
	show(`.*?$`, "line1\nline2")
	show(`(?m)^\w+?$`, "ab\ncd")
	show(`z`, "abc")

	re := regexp.MustCompile(`a+?`)
	re.Longest()
	fmt.Println(re.ReplaceAllString("baaac aa", "<$0>"))
	fmt.Println(re.Split("baaacaab", -1))
	cp := re.Copy()
	fmt.Println(cp.FindString("aa"), regexp.MustCompile(`a+?`).FindString("aa"))
	fmt.Println(re.MatchString("xyz"), re.String())
}
