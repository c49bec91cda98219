package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func stats(s string) (letters, digits, spaces, upper, other int) {
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		default:
			other++
		}
	}
	return
}

func camelToSnake(s string) string {
	var sb strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				sb.WriteByte('_')
			}
			sb.WriteRune(unicode.ToLower(r))
		} else {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

func snakeToCamel(s string) string {
	parts := strings.Split(s, "_")
	for i := 1; i < len(parts); i++ {
		if parts[i] == "" {
			continue
		}
		r, size := utf8.DecodeRuneInString(parts[i])
		parts[i] = string(unicode.ToUpper(r)) + parts[i][size:]
	}
	return strings.Join(parts, "")
}

func main() {
	text := "Hello, Wörld! 123 Ünïcode ✓ go"
	fmt.Println(stats(text))
	fmt.Println(len(text), utf8.RuneCountInString(text))
	for _, w := range []string{"parseHTTPRequest", "userID", "simple"} {
		snake := camelToSnake(w)
		fmt.Println(w, "->", snake, "->", snakeToCamel(snake))
	}
	for i, r := range "aé✓" {
		fmt.Println(i, string(r), r, utf8.RuneLen(r))
	}
	b := []byte("héllo")
	fmt.Println(len(b), utf8.Valid(b), utf8.RuneCount(b))
	fmt.Println(strings.ToTitle("ǆ"), strings.IndexRune("chicken", 'k'), strings.IndexFunc("  x", func(r rune) bool { return !unicode.IsSpace(r) }))
	fmt.Println(strings.Fields(" a\tb\nc  "), strings.TrimFunc("123abc456", unicode.IsDigit))
}
