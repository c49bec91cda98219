package main

import (
	"fmt"
	"regexp"
)

func show(pat, s string) {
	re := regexp.MustCompile(pat)
	fmt.Printf("%-8q %-10q %q %v\n", pat, s, re.FindAllString(s, -1), re.FindAllStringIndex(s, -1))
	fmt.Printf("  replace %q split %q\n", re.ReplaceAllString(s, "<$0>"), re.Split(s, -1))
}

func main() {
	show(`a*`, "baaab")
	show(``, "abc")
	show(`x*`, "")
	show(`a*?`, "aa")
	show(`\b`, "hi there")
	show(`^`, "abc")
	show(`$`, "abc")
	show(`(?m)^`, "a\nb\nc")
	show(`(?m)$`, "a\nb\n")
	show(`a|`, "cab")
	show(`.`, "héllo, 世界")
	show(`\B`, "ab cd")
	show(`b*`, "abbcb")
	show(`[^a]*`, "xaayaz")
	show(`é*`, "aéébé")
	show(`,`, "a,b,,c,")
	show(`\s+`, "  lead and trail  ")
	fmt.Printf("%q\n", regexp.MustCompile(`,`).Split("a,b,c,d", 2))
	fmt.Printf("%q\n", regexp.MustCompile(`,`).Split("a,b,c,d", 0))
	fmt.Printf("%q\n", regexp.MustCompile(`,`).Split("", -1))
	fmt.Printf("%q\n", regexp.MustCompile(``).Split("", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`x*`).Split("axbxxc", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`a*`).FindAllString("baaab", 2))
}
