package main

import (
	"fmt"
	"regexp"
)

func main() {
	s := "a\xffb\xc3"
	fmt.Printf("%q\n", regexp.MustCompile(`[a-z]+`).FindAllString(s, -1))
	fmt.Printf("%q\n", regexp.MustCompile(`b`).ReplaceAllString(s, "B"))
	fmt.Println(regexp.MustCompile(`a`).FindAllStringIndex(s, -1))
	fmt.Printf("%q\n", regexp.MustCompile(`x*`).ReplaceAllString("\xff\xfe", "-"))
}
