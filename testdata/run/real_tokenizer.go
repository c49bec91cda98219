package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Kind int

const (
	NUM Kind = iota
	IDENT
	OP
	LPAREN
	RPAREN
)

var kindNames = [...]string{"NUM", "IDENT", "OP", "LPAREN", "RPAREN"}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func tokenize(src string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(src) {
		c := rune(src[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c):
			j := i
			for j < len(src) && unicode.IsDigit(rune(src[j])) {
				j++
			}
			toks = append(toks, Token{NUM, src[i:j], i})
			i = j
		case unicode.IsLetter(c) || c == '_':
			j := i
			for j < len(src) && (unicode.IsLetter(rune(src[j])) || unicode.IsDigit(rune(src[j])) || src[j] == '_') {
				j++
			}
			toks = append(toks, Token{IDENT, src[i:j], i})
			i = j
		case strings.ContainsRune("+-*/=<>", c):
			toks = append(toks, Token{OP, string(c), i})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		default:
			return toks, fmt.Errorf("unexpected character %q at %d", c, i)
		}
	}
	return toks, nil
}

func main() {
	inputs := []string{"x1 = (42 + y_2) * 7", "a < b", "3 $ 4"}
	for _, in := range inputs {
		toks, err := tokenize(in)
		for _, t := range toks {
			fmt.Printf("%s(%s)@%d ", t.Kind, t.Text, t.Pos)
		}
		fmt.Println()
		if err != nil {
			fmt.Println("error:", err)
		}
	}
	counts := map[Kind]int{}
	toks, _ := tokenize("a + b * (c - 1) / 2")
	for _, t := range toks {
		counts[t.Kind]++
	}
	for k := NUM; k <= RPAREN; k++ {
		fmt.Println(k, counts[k])
	}
}
