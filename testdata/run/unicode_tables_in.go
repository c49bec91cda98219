package main

import (
	"fmt"
	"unicode"
)

func main() {
	fmt.Println(len(unicode.Categories) > 30, unicode.Is(unicode.Categories["Nd"], '٣'))
	fmt.Println(unicode.In('x', unicode.Upper, unicode.Lower), unicode.In('1'), unicode.Is(unicode.White_Space, '\u3000'))
	for _, r := range []rune{'A', 'ſ', 'K', 'ß', 'Σ', 'σ', 'ς'} {
		f := r
		var orbit []string
		for {
			orbit = append(orbit, string(f))
			f = unicode.SimpleFold(f)
			if f == r {
				break
			}
		}
		fmt.Println(orbit)
	}
	fmt.Println(unicode.ToUpper('ǆ'), unicode.ToTitle('ǆ'), unicode.TurkishCase.ToUpper('i'), unicode.TurkishCase.ToLower('I'))
}
