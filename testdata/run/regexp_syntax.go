package main

import (
	"fmt"
	"regexp"
)

func main() {
	cases := []struct{ pat, s string }{
		{`\d+`, "ab ١٢٣ 42"},
		{`\w+`, "héllo wörld_1"},
		{`\s+`, "a\u00a0b \t\nc\vd"},
		{`\bfoo\b`, "foo éfoo foo_ xfoo foo"},
		{`(?i)straße|ǅ`, "STRASSE Straße ǆ"},
		{`(?i)k`, "K k \u212a"},
		{`[[:alpha:]]+`, "abc123déf"},
		{`[[:^digit:]]+`, "ab12cd"},
		{`\p{Greek}+`, "abc αβγ def"},
		{`\pL+`, "héllo, 世界!"},
		{`\P{L}+`, "héllo, 世界!"},
		{`\p{^L}+`, "ab, cd"},
		{`[\p{Lu}\d]+`, "aBC1dE"},
		{`a{2,3}`, "aaaaaaa"},
		{`a{2,}?`, "aaaa"},
		{`a{,3}`, "a{,3}"},
		{`a{1,2`, "a{1,2"},
		{`x{01}`, "x{01}"},
		{`\Qa.b*c\E+`, "a.b*cc a.b*"},
		{`[]a]+`, "]a]b"},
		{`[^]a]+`, "]ab]"},
		{`[a-]+`, "a-b"},
		{`[\d-z]+`, "1-z"},
		{`\x41\x{1F600}\101\0`, "A😀A\x00"},
		{`(?s).+`, "a\nb"},
		{`.+`, "a\nb"},
		{`(?U)a+`, "aaa"},
		{`(?U)a+?`, "aaa"},
		{`(?m)^\w+$`, "one\ntwo\nthree"},
		{`^\w+$`, "one\ntwo"},
		{`\Aa|b\z`, "ab ab"},
		{`[\t\n\f\r ]+`, "a \t\n\f\rb"},
		{`\a\f\v\.\*`, "\a\f\v.*"},
		{`[\-\]\\]+`, `-]\`},
		{`(?i:A)b`, "ab AB Ab aB"},
		{`a(?i)b`, "aB Ab"},
		{`(?:ab)+`, "ababab"},
		{`(|a)+`, "aaa"},
		{`(a|ab)(c|bcd)`, "abcd"},
		{`[^\n]+`, "ab\ncd"},
		{`[^a]`, "\n"},
		{`\$\^\.`, "$^."},
		{`#&~-`, "#&~-"},
		{`[&&]+`, "&&"},
		{`[~-]+`, "~-~"},
		{`\!\@\#\%`, "!@#%"},
		{`(?<year>\d{4})-(?<m>\d\d)`, "on 2024-05-06"},
		{`(?P<n>a)(?P<n>b)`, "ab"},
		{`[[:word:]]+`, "a_1-b"},
		{`\pN+`, "x½12"},
		{`\p{Han}`, "漢字"},
	}
	for _, c := range cases {
		re, err := regexp.Compile(c.pat)
		if err != nil {
			fmt.Println(c.pat, "ERR", err)
			continue
		}
		fmt.Printf("%-22s %q %v\n", c.pat, re.FindAllString(c.s, -1), re.SubexpNames())
	}
}
