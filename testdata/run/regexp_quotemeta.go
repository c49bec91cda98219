package main

import (
	"fmt"
	"regexp"
)

func main() {
	for _, s := range []string{"", "plain", `a.b*c+d?e(f)g[h]i{j}k|l^m$n\o`, "世界.", "tab\there", "\x00\xff"} {
		q := regexp.QuoteMeta(s)
		re := regexp.MustCompile("^" + q + "$")
		fmt.Printf("%q %q %v\n", s, q, re.MatchString(s))
	}
	re := regexp.MustCompile(regexp.QuoteMeta("1+1=2"))
	fmt.Println(re.FindStringIndex("is 1+1=2?"), re.MatchString("11=2"))
}
