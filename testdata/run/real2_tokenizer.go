package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type Kind int

const (
	Ident Kind = iota + 1
	Number
	String
	Punct
)

func (k Kind) String() string {
	return [...]string{"?", "Ident", "Number", "String", "Punct"}[k]
}

type Tok struct {
	Kind Kind
	Val  string
	Line int
}

func lex(src string) ([]Tok, []string) {
	var toks []Tok
	var errs []string
	line := 1
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRuneInString(src[i:])
		switch {
		case r == '\n':
			line++
			i += size
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || r == '_':
			j := i
			for j < len(src) {
				r2, s2 := utf8.DecodeRuneInString(src[j:])
				if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) && r2 != '_' {
					break
				}
				j += s2
			}
			toks = append(toks, Tok{Ident, src[i:j], line})
			i = j
		case unicode.IsDigit(r):
			j := i
			for j < len(src) && unicode.IsDigit(rune(src[j])) {
				j++
			}
			toks = append(toks, Tok{Number, src[i:j], line})
			i = j
		case r == '"':
			j := strings.IndexByte(src[i+1:], '"')
			if j < 0 {
				errs = append(errs, fmt.Sprintf("line %d: unterminated string", line))
				i = len(src)
				continue
			}
			toks = append(toks, Tok{String, src[i+1 : i+1+j], line})
			i += j + 2
		case strings.ContainsRune("(){}=+-*/;,.", r):
			toks = append(toks, Tok{Punct, string(r), line})
			i += size
		default:
			errs = append(errs, fmt.Sprintf("line %d: unexpected %q (%U)", line, r, r))
			i += size
		}
	}
	return toks, errs
}

func main() {
	src := "func größe(x) {\n  return x * 42 + \"héllo\";\n}\n@ ¿ \"open"
	toks, errs := lex(src)
	counts := map[Kind]int{}
	for _, t := range toks {
		counts[t.Kind]++
		fmt.Printf("%d:%-7v %q\n", t.Line, t.Kind, t.Val)
	}
	fmt.Println(counts)
	for _, e := range errs {
		fmt.Println("error:", e)
	}
	fmt.Println(utf8.RuneCountInString(src), len(src), utf8.ValidString(src), string([]rune{0x4e16, 0x754c}))
	b := []byte("héllo")
	fmt.Println(b, len(b), string(b[1:3]), strings.ToTitle("ß"), unicode.IsUpper('Ä'), string(unicode.ToLower('Ä')))
}
