package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	isHan := func(r rune) bool { return unicode.Is(unicode.Han, r) }
	fmt.Println(strings.IndexFunc("Hello, 世界", isHan), strings.IndexFunc("Hello", isHan))
	for _, r := range []rune{'a', 'Ω', 'ж', 'ا', 'क', 'あ', 'ア', '한', '7', ' ', '\u0301'} {
		var in []string
		for _, name := range []string{"Latin", "Greek", "Cyrillic", "Arabic", "Devanagari", "Hiragana", "Katakana", "Hangul", "Common", "Inherited"} {
			if unicode.Is(unicode.Scripts[name], r) {
				in = append(in, name)
			}
		}
		fmt.Printf("%q %v %v %v\n", r, in, unicode.In(r, unicode.White_Space, unicode.Dash), unicode.Is(unicode.Diacritic, r))
	}
	fmt.Println(len(unicode.Scripts) > 150, len(unicode.Properties) > 30)
	fmt.Println(unicode.Is(unicode.Properties["Hex_Digit"], 'f'), unicode.Is(unicode.Hex_Digit, 'g'))
	fmt.Println(unicode.IsOneOf([]*unicode.RangeTable{unicode.Han, unicode.Hiragana}, 'の'))
}
