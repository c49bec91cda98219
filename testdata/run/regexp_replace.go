package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(?P<first>\w+)\s(?P<last>\w+)`)
	s := "John Smith, Jane Doe"
	for _, t := range []string{"$last $first", "${last}_$first", "$1x", "${1}x", "$$1", "$", "$2$1", "$9", "${first", "$first.", "${}", "$0!", "$01", "[$-]", "$last$", "$名"} {
		fmt.Printf("%q => %q\n", t, re.ReplaceAllString(s, t))
	}
	fmt.Println(re.ReplaceAllLiteralString(s, "$1"))
	fmt.Println(re.ReplaceAllStringFunc(s, strings.ToUpper))
	fmt.Printf("%s\n", re.ReplaceAll([]byte(s), []byte("<$2>")))
	fmt.Printf("%s\n", re.ReplaceAllLiteral([]byte(s), []byte("<$2>")))
	fmt.Printf("%s\n", re.ReplaceAllFunc([]byte(s), func(b []byte) []byte { return []byte(fmt.Sprint(len(b))) }))
	fmt.Println(re.SubexpNames(), len(re.SubexpNames()), re.SubexpIndex("last"), re.SubexpIndex("nope"), re.SubexpIndex(""))
	var dst []byte
	for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
		dst = re.ExpandString(dst, "$last=$first;", s, m)
	}
	fmt.Println(string(dst))
	m := re.FindSubmatchIndex([]byte(s))
	fmt.Println(string(re.Expand([]byte("> "), []byte("${2}!"), []byte(s), m)))
	fmt.Println(regexp.MustCompile(`a*`).ReplaceAllString("baaac", "-"))
	fmt.Println(regexp.MustCompile(``).ReplaceAllString("abc", "-"))
	fmt.Println(regexp.MustCompile(`x*`).ReplaceAllString("héllo", "."))
	fmt.Println(regexp.MustCompile(`(a)|(b)`).ReplaceAllString("abc", "[$1|$2]"))
	fmt.Println(regexp.MustCompile(`\d+`).ReplaceAllStringFunc("a1b22c333", func(d string) string { return fmt.Sprint(len(d)) }))
	mixed := regexp.MustCompile(`(a)(?:b)(?P<c>c)(d)?`)
	fmt.Println(mixed.NumSubexp(), mixed.SubexpNames(), mixed.ReplaceAllString("abc abcd", "[$1$c$3]"))
}
