package main

import (
	"fmt"
	"regexp"
)

func main() {
	cases := [][2]string{
		{`a|ab`, "ab"}, {`ab|a`, "ab"}, {`(a|ab)(c|bcd)(d*)`, "abcd"}, {`a*?b`, "aaab"}, {`a+?`, "aaa"},
		{`(a+)(a*)`, "aaaa"}, {`(a*)+`, "b"}, {`(a|b)*c`, "abababc"}, {`x(y|z)?`, "x xy xz"},
		{`(\w+)\s(\w+)`, "hello big world"}, {`[[:upper:]][[:lower:]]+`, "Hello World FOO"},
		{`\d{2,}?`, "12345"}, {`(?:a{2}){2}`, "aaaaa"}, {`(a)|b`, "b"}, {`((a)|(b))+`, "ab"},
	}
	for _, c := range cases {
		re := regexp.MustCompile(c[0])
		fmt.Printf("%-20s %q %v\n", c[0], re.FindAllStringSubmatch(c[1], -1), re.FindStringSubmatchIndex(c[1]))
	}
}
