package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type TokenKind int

const (
	NUM TokenKind = iota
	OP
	LPAREN
	RPAREN
)

type Token struct {
	Kind TokenKind
	Text string
}

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

func tokenize(s string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, s[i:j]})
			i = j
		case strings.ContainsRune("+-*/^", c):
			toks = append(toks, Token{OP, string(c)})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "("})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")"})
			i++
		default:
			return nil, SyntaxError{i, fmt.Sprintf("unexpected %q", c)}
		}
	}
	return toks, nil
}

func toRPN(toks []Token) ([]Token, error) {
	var out, stack []Token
	for _, t := range toks {
		switch t.Kind {
		case NUM:
			out = append(out, t)
		case OP:
			for len(stack) > 0 {
				top := stack[len(stack)-1]
				if top.Kind != OP || prec[top.Text] < prec[t.Text] || (prec[top.Text] == prec[t.Text] && t.Text == "^") {
					break
				}
				out = append(out, top)
				stack = stack[:len(stack)-1]
			}
			stack = append(stack, t)
		case LPAREN:
			stack = append(stack, t)
		case RPAREN:
			for {
				if len(stack) == 0 {
					return nil, errors.New("mismatched parenthesis")
				}
				top := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if top.Kind == LPAREN {
					break
				}
				out = append(out, top)
			}
		}
	}
	for i := len(stack) - 1; i >= 0; i-- {
		if stack[i].Kind == LPAREN {
			return nil, errors.New("mismatched parenthesis")
		}
		out = append(out, stack[i])
	}
	return out, nil
}

func evalRPN(rpn []Token) (float64, error) {
	var st []float64
	for _, t := range rpn {
		if t.Kind == NUM {
			v, err := strconv.ParseFloat(t.Text, 64)
			if err != nil {
				return 0, fmt.Errorf("bad number: %w", err)
			}
			st = append(st, v)
			continue
		}
		if len(st) < 2 {
			return 0, errors.New("stack underflow")
		}
		a, b := st[len(st)-2], st[len(st)-1]
		st = st[:len(st)-2]
		var r float64
		switch t.Text {
		case "+":
			r = a + b
		case "-":
			r = a - b
		case "*":
			r = a * b
		case "/":
			r = a / b
		case "^":
			r = 1
			for i := 0; i < int(b); i++ {
				r *= a
			}
		}
		st = append(st, r)
	}
	if len(st) != 1 {
		return 0, errors.New("leftover operands")
	}
	return st[0], nil
}

func main() {
	for _, expr := range []string{"3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3", "(1+2)*(3+4)", "2^10", "1/0", "1.5.2 + 1", "(1+2", "4 $ 4", "1 2"} {
		toks, err := tokenize(expr)
		if err != nil {
			var se SyntaxError
			if errors.As(err, &se) {
				fmt.Printf("%-32q tokenize failed at %d: %v\n", expr, se.Pos, err)
			}
			continue
		}
		rpn, err := toRPN(toks)
		if err != nil {
			fmt.Printf("%-32q %v\n", expr, err)
			continue
		}
		var parts []string
		for _, t := range rpn {
			parts = append(parts, t.Text)
		}
		v, err := evalRPN(rpn)
		fmt.Printf("%-32q rpn=%-28s = %g err=%v\n", expr, strings.Join(parts, " "), v, err)
	}
}
