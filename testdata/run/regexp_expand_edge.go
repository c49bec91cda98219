package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(?P<a>x)(?P<b_2>y)?(?P<名>z)?`)
	src := "xyz xz x"
	for _, tpl := range []string{"[$a]", "[${b_2}]", "[$b_2x]", "[${名}]", "[$名]", "[$3]", "[$10]", "[${0}]", "[$-1]", "[$ a]", "[${a}${a}]", "$$$$", "[${a]", "end$"} {
		fmt.Printf("%-12q %q\n", tpl, re.ReplaceAllString(src, tpl))
	}
	m := re.FindStringSubmatchIndex("xz")
	fmt.Printf("%q\n", re.ExpandString(nil, "a=$a b=$b_2 c=$3", "xz", m))
	fmt.Printf("%q\n", re.ExpandString([]byte("pre:"), "$1$1", "xz", m[:2]))
	fmt.Println(re.SubexpIndex("名"), re.SubexpIndex("b_2"), re.NumSubexp())
}
