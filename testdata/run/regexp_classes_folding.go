package main

import (
	"fmt"
	"regexp"
)

func main() {
	cases := [][2]string{
		{`(?i)[a-c]+`, "xAbCd"}, {`[^\pL]+`, "ab12,é"}, {`[\w-]+`, "a-b_c d"}, {`[a-\x{7A}]+`, "hello"},
		{`[\x00-\x{10FFFF}]`, "é"}, {`(?i)σ`, "ΣσςS"}, {`(?i)ǆ`, "ǄǅǆDŽ"}, {`\W+`, "a, é!b"}, {`\S+`, "a\u00a0b c"},
		{`[[:space:]]+`, "a \t\v\fb"}, {`[[:punct:]]+`, "a!@#$%^&*()b"}, {`\x{41}{2}`, "AAA"}, {`(?s:a.b)|c`, "a\nb c"},
		{`[^\x00-\x7F]+`, "abcéèz世"}, {`(?i)[^a]`, "aAb"}, {`[[:^space:][:digit:]]+`, "ab 12 \t"}, {`\p{Lu}\p{Ll}*`, "HelloWorld ÀÉ"},
		{`a{0}b`, "ab"}, {`(a){0}b`, "ab"}, {`x{2,2}`, "xxx"}, {`(?:)`, "ab"}, {`a??`, "a"}, {`(?U)a??`, "a"},
	}
	for _, c := range cases {
		re, err := regexp.Compile(c[0])
		if err != nil {
			fmt.Println(c[0], err)
			continue
		}
		fmt.Printf("%-22s %q %v\n", c[0], re.FindAllString(c[1], -1), re.NumSubexp())
	}
}
