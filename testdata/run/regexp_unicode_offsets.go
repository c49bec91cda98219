package main

import (
	"fmt"
	"regexp"
)

func main() {
	s := "naïve café 世界 ok"
	re := regexp.MustCompile(`\p{L}+`)
	fmt.Println(re.FindAllStringIndex(s, -1))
	fmt.Printf("%q\n", re.FindAllString(s, -1))
	re2 := regexp.MustCompile(`[^ ]`)
	fmt.Println(len(re2.FindAllString(s, -1)), re2.FindStringIndex("世"))
	re3 := regexp.MustCompile(`(é)|(界)`)
	fmt.Println(re3.FindAllStringSubmatchIndex(s, -1))
	fmt.Println(regexp.MustCompile(`.`).FindAllStringIndex("a世b", -1))
	fmt.Println(regexp.MustCompile(``).FindAllStringIndex("世界", -1))
	fmt.Println(regexp.MustCompile(`x*`).ReplaceAllString("世界", "-"))
	fmt.Printf("%q\n", regexp.MustCompile(`(?i)É`).FindAllString("éÉe", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`[à-ü]+`).FindAllString("àbcüñ", -1))
}
