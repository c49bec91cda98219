package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '\n', '!', '€', 'ß', 'ǅ', '٣', '\u00a0', '\u200b', '世', 0x1F600, -1, 0x110000} {
		fmt.Println(r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r), unicode.IsPrint(r), unicode.IsGraphic(r), unicode.IsControl(r), unicode.IsMark(r), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	fmt.Println(unicode.In('α', unicode.Letter, unicode.Digit), unicode.Is(unicode.Lu, 'A'), unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit}, '7'), unicode.MaxRune, string(unicode.ReplacementChar))
	fmt.Println(utf8.RuneLen('世'), utf8.RuneCountInString("héllo"), utf8.ValidString("a\xff"), utf8.FullRune([]byte{0xe4, 0xb8}), utf8.AppendRune(nil, '世'), utf8.RuneStart(0x80))
	b := make([]byte, 4)
	n := utf8.EncodeRune(b, 0x10FFFF)
	fmt.Println(b[:n], n)
	r, sz := utf8.DecodeLastRuneInString("ab世")
	fmt.Println(r, sz)
	r, sz = utf8.DecodeRune([]byte{0xc0, 0x80})
	fmt.Println(r, sz, utf8.ValidRune(0xd800), utf8.UTFMax, utf8.RuneSelf)
}
